// Semantics tests of the SSA builder: each testdata/sem/*.go program is built (lifted and unlifted), validated, run in
// the IR reference interpreter (ir/interp.ts) and its output compared with what gc's `go run` prints (the oracle;
// println writes to stderr, and a panic's goroutine trace is cut after the `panic:` line). Skipped when `go` is absent.
// The same comparison runs over the `// run` programs of $GOROOT/test and $GOROOT/test/ken (read in place) that use
// only what the builder and the interpreter support; the others are skipped, not failed.

import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InterpError, interpret } from '../../ir/interp.ts';
import { validateProgram } from '../../ir/validate.ts';
import { buildFromSource } from './testutil.ts';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testdata', 'sem');
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.go')).sort();

function haveGo(): boolean {
  try {
    execFileSync('go', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** gcOutput runs the program with gc and returns stdout+stderr up to and including a `panic:` line, and the exit code. */
function gcOutput(file: string): { output: string; exitCode: number } {
  const cache = path.join(os.tmpdir(), 'tsgo-gocache');
  const r = spawnSync('go', ['run', file], {
    encoding: 'utf8',
    env: { ...process.env, GOCACHE: process.env['GOCACHE'] ?? cache, GOFLAGS: '-mod=mod', GO111MODULE: 'off' },
  });
  const text = (r.stdout ?? '') + (r.stderr ?? '');
  const lines = text.split('\n');
  const pi = lines.findIndex((l) => l.startsWith('panic: '));
  if (pi >= 0) return { output: lines.slice(0, pi + 1).join('\n') + '\n', exitCode: 2 };
  return { output: text, exitCode: r.status ?? -1 };
}

describe.skipIf(!haveGo())('ssagen semantics vs gc', () => {
  for (const name of cases) {
    it(name, async () => {
      const file = path.join(dir, name);
      const want = gcOutput(file);
      for (const lift of [true, false]) {
        const { prog, sink, checkErrors } = await buildFromSource(name, fs.readFileSync(file), { lift });
        expect(checkErrors).toEqual([]);
        expect(sink.list.map((d) => sink.format(d))).toEqual([]);
        expect(validateProgram(prog)).toEqual([]);
        expect(interpret(prog)).toEqual(want);
      }
    });
  }
});

const goroot = process.env['GOROOT'] ?? '/usr/lib/go-1.19';

function gorootRunPrograms(sub: string): string[] {
  const d = path.join(goroot, 'test', sub);
  if (!fs.existsSync(d)) return [];
  return fs
    .readdirSync(d)
    .filter((f) => f.endsWith('.go'))
    .sort()
    .map((f) => path.join(d, f))
    .filter((f) => {
      const text = fs.readFileSync(f, 'latin1');
      return text.startsWith('// run\n') && !/^import/m.test(text);
    });
}

// $GOROOT/test/fixedbugs (about 100 eligible programs, a minute or two) runs only with TSGO_GOROOT_FULL=1. Known
// differences that are not the builder's: bug446.go (the checker's initOrder misses dependencies through methods),
// issue4316.go (recursion deeper than the interpreter's JS stack).
const full = process.env['TSGO_GOROOT_FULL'] === '1';
const knownDiffs = new Set(['fixedbugs/bug446.go', 'fixedbugs/issue4316.go']);

describe.skipIf(!haveGo())('ssagen semantics vs gc on $GOROOT/test', () => {
  const files = [...gorootRunPrograms(''), ...gorootRunPrograms('ken'), ...(full ? gorootRunPrograms('fixedbugs') : [])];
  for (const file of files.filter((f) => !knownDiffs.has(path.relative(path.join(goroot, 'test'), f)))) {
    it(path.relative(path.join(goroot, 'test'), file), async () => {
      const { prog, sink, checkErrors } = await buildFromSource(path.basename(file), fs.readFileSync(file));
      if (checkErrors.length || sink.list.length) return; // uses something not supported yet
      expect(validateProgram(prog)).toEqual([]);
      let got;
      try {
        got = interpret(prog);
      } catch (e) {
        if (e instanceof InterpError) return; // floats, external functions...
        throw e;
      }
      expect(got).toEqual(gcOutput(file));
    });
  }
});
