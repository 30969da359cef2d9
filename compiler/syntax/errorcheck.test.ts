// gc's own syntax error tests, read in place from GOROOT/test: every `// errorcheck` file whose `// ERROR "regexp"`
// annotations are all syntax or lexical errors is parsed, and each annotated line must get one of our errors matching
// the regexp (after mapping our current-gc wording back to gc 1.19's), with no error on unannotated lines.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../diag.ts';
import { parseFile } from './parser.ts';
import { FileSet } from './source.ts';

const testRoot = '/usr/lib/go-1.19/test';
const syntaxish = /syntax error|unexpected|expecting|newline in|not terminated|invalid character|escape|literal has no digits|invalid digit|must separate|exponent|rune literal|mantissa/;
const semantic = /escapes to heap|does not escape|outside of array literal|not an expression|without selector|composite literal|struct literal|duplicate|too large|truncated/;
/** known lists files whose expectations need features outside the parser (//line position remapping). */
const known = new Set(['fixedbugs/issue15611.go', 'fixedbugs/issue32133.go']);

function toGc119(msg: string): string {
  return msg
    .replace(/unexpected (name|keyword) /, 'unexpected ')
    .replace(/, expected /, ', expecting ')
    .replace('unknown escape sequence', 'unknown escape');
}

function candidates(): [string, Map<number, string>][] {
  const out: [string, Map<number, string>][] = [];
  for (const d of ['.', 'syntax', 'fixedbugs']) {
    const dir = join(testRoot, d);
    for (const e of readdirSync(dir).sort()) {
      if (!e.endsWith('.go')) continue;
      const rel = d === '.' ? e : `${d}/${e}`;
      if (known.has(rel)) continue;
      const text = readFileSync(join(dir, e), 'utf8');
      if (!text.startsWith('// errorcheck')) continue;
      const want = new Map<number, string>();
      text.split('\n').forEach((l, i) => {
        const m = /\/\/ ERROR "((?:[^"\\]|\\.)*)"/.exec(l) ?? /\/\/ ERROR `([^`]*)`/.exec(l);
        if (m) want.set(i + 1, m[1]!);
      });
      if (want.size === 0) continue;
      const res = [...want.values()];
      if (res.every((w) => syntaxish.test(w) && !semantic.test(w))) out.push([rel, want]);
    }
  }
  return out;
}

describe.runIf(existsSync(testRoot))('GOROOT/test errorcheck files', () => {
  const files = candidates();

  it('finds enough syntax errorcheck files', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  for (const [rel, want] of files) {
    it(rel, () => {
      const fset = new FileSet();
      const sink = new DiagnosticSink(fset);
      parseFile(fset, rel, readFileSync(join(testRoot, rel)), sink);
      const got = new Map<number, string>();
      for (const d of sink.sorted(0)) got.set(fset.position(d.pos).line, toGc119(d.message));
      const problems: string[] = [];
      for (const [line, re] of want) {
        const g = got.get(line);
        let rx: RegExp;
        try {
          rx = new RegExp(re.replace(/\\\\/g, '\\'));
        } catch {
          rx = /./;
        }
        if (g === undefined || !rx.test(g)) problems.push(`${line}: want /${re}/, got ${g ?? 'nothing'}`);
      }
      for (const [line, g] of got) if (!want.has(line)) problems.push(`${line}: unexpected error ${g}`);
      expect(problems).toEqual([]);
    });
  }
});
