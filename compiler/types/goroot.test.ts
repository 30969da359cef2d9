// Go's own test suite, read in place from GOROOT (never copied): programs marked `// run` or `// compile` that import
// nothing must check without errors (generics are allowed to be reported as not yet supported), and no input at all
// (the `// errorcheck` files included) may crash the checker with an internal error.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from './testutil.ts';

const testDir = join(process.env.GOROOT ?? '/usr/lib/go-1.19', 'test');

/** goFiles lists the .go files of a GOROOT test directory whose first line is one of the given headers. */
function goFiles(sub: string, headers: string[]): string[] {
  const dir = join(testDir, sub);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.go'))
    .map((f) => join(dir, f))
    .filter((f) => {
      const src = readFileSync(f, 'utf8');
      const first = src.split('\n', 1)[0]!.trim();
      return headers.includes(first) && !/^import\b|^\t"[a-z/]+"$/m.test(src);
    });
}

/** knownGaps lists files that still fail for a documented reason (generics). */
const knownGaps = new Set(['issue50672.go']);

describe.skipIf(!existsSync(testDir))('GOROOT/test', () => {
  it('checks runnable programs without errors', () => {
    const files = [...goFiles('.', ['// run', '// compile']), ...goFiles('ken', ['// run', '// compile']), ...goFiles('fixedbugs', ['// run', '// compile'])];
    expect(files.length).toBeGreaterThan(100);
    const failures: string[] = [];
    for (const f of files) {
      if (knownGaps.has(f.split('/').pop()!)) continue;
      const r = checkSource(readFileSync(f, 'utf8'));
      const errs = r.errors.filter((e) => !e.includes('not yet supported') && !/undefined: [A-Z]\b/.test(e));
      if (errs.length > 0) failures.push(`${f}: ${errs[0]}`);
    }
    expect(failures).toEqual([]);
  });

  it('never crashes on erroneous programs', () => {
    const files = [...goFiles('.', ['// errorcheck']), ...goFiles('fixedbugs', ['// errorcheck'])];
    const crashes: string[] = [];
    for (const f of files) {
      const r = checkSource(readFileSync(f, 'utf8'));
      const ice = r.errors.find((e) => e.includes('internal compiler error'));
      if (ice) crashes.push(`${f}: ${ice}`);
    }
    expect(crashes).toEqual([]);
  });
});
