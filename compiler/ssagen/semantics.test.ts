// Semantics tests of the SSA builder: each testdata/sem/*.go program is built (lifted and unlifted), validated, run in
// the IR reference interpreter (ir/interp.ts) and its output compared with what gc's `go run` prints (the oracle;
// println writes to stderr, and a panic's goroutine trace is cut after the `panic:` line). Skipped when `go` is absent.

import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { interpret } from '../../ir/interp.ts';
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
