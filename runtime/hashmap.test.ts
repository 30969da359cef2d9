// The runtime's maps and type-driven hashing checked under gc against gc's own maps and ==: the harness in
// testdata/maps compiles hashmap.go, mapiter.go, alg.go and type.go as an ordinary Go program and runs long random
// operation sequences for 16 key types (ints, strings, floats, complex, structs with strings, floats, padding and
// blank fields, arrays, pointers, interfaces holding values of many dynamic types, struct{}), whole and mutating
// iterations, the panics, make's hints and == on random pairs. It runs with a 64-bit uintptr (amd64) and, where
// 32-bit x86 binaries run, a 32-bit one (386). Every mismatch is a FAIL line and a non-zero exit; the counts are
// printed so a run shows what it covered.

import { describe, expect, it } from 'vitest';
import { haveGo } from '../compiler/oracle/gotypesdiff.ts';
import { buildMapHarness, canRun386, runMapHarness, type GoArch } from './testdata/maps/harness.ts';

const arches: GoArch[] = haveGo() ? (canRun386() ? ['amd64', '386'] : ['amd64']) : [];

/** run runs one harness mode and fails the test with the harness's output unless it exited 0. */
function run(arch: GoArch, args: string[]): string {
  const r = runMapHarness(buildMapHarness(arch), args);
  if (r.status !== 0 || /^FAIL /m.test(r.output)) {
    expect.fail(`harness ${args.join(' ')} (${arch}) exited ${r.status}:\n${r.output}`);
  }
  return r.output;
}

/** counts parses `name=value` pairs of a harness line. */
function counts(line: string): Record<string, number> {
  return Object.fromEntries([...line.matchAll(/(\w+)=(\d+)/g)].map((m) => [m[1]!, Number(m[2])]));
}

describe.skipIf(arches.length === 0)('runtime maps under gc', () => {
  for (const arch of arches) {
    describe(arch, () => {
      it('random operation sequences agree with gc maps for every key type', () => {
        const out = run(arch, ['maps', '20000', '3']);
        const lines = out.trim().split('\n');
        console.log(`maps (${arch}):\n${out}`);
        expect(lines.map((l) => l.split(/\s+/)[0])).toEqual([
          'int', 'int8', 'uint64', 'string', 'float64', 'float32', 'complex128', 'SF', '[2]int16', 'any', 'error',
          'Blank', 'Pad', 'WithIface', '*int', 'struct{}',
        ]);
        for (const line of lines) {
          const c = counts(line);
          expect(c.ops).toBe(60000);
          expect(c.produced).toBeGreaterThan(0);
          if (!line.startsWith('struct{}')) {
            expect(c.grown, line).toBeGreaterThan(50); // iterations during which the map moved to a new block
            expect(c.maxlen, line).toBeGreaterThan(50);
          }
        }
        // Interface keys met unhashable dynamic types, which panicked with gc's message on both sides.
        expect(counts(lines.find((l) => l.startsWith('any '))!).panics).toBeGreaterThan(100);
      });

      it('typeequal, ifaceeq and typehash agree with gc ==', () => {
        const out = run(arch, ['alg', '20000']);
        console.log(`alg (${arch}): ${out.trim()}`);
        const c = counts(out);
        expect(c.compared).toBe(16 * 20000);
        expect(c.equal).toBeGreaterThan(10000);
      });

      it('panics print gc messages', () => {
        const out = run(arch, ['panics']);
        const ok = out.split('\n').filter((l) => l.startsWith('ok '));
        expect(ok).toHaveLength(35);
        expect(out).toContain('panic: assignment to entry in nil map');
        expect(out).toContain('panic: runtime error: hash of unhashable type []int');
        expect(out).toContain('panic: runtime error: hash of unhashable type main.Unhash');
        expect(out).toContain('panic: runtime error: comparing uncomparable type []uint8');
      });

      it('hash quality: probe lengths of regularly shaped keys stay near random hashing', () => {
        const out = run(arch, ['hashstats']); // fails past a mean of 5, 4 and 3 probes at 32, 256 and 4096 slots
        const means = [...out.matchAll(/mean=([\d.]+)/g)].map((m) => Number(m[1]));
        expect(means).toHaveLength(33);
        console.log(`hashstats (${arch}): worst mean probe length ${Math.max(...means)}`);
      });

      it('churn: replacing entries one by one allocates no block once the map has its size', () => {
        const out = run(arch, ['churn']);
        console.log(`churn (${arch}):\n${out}`);
      });

      it('make hints: hint insertions never grow, negative and oversized hints are ignored', () => {
        expect(run(arch, ['hints'])).toBe('hints: ok\n');
      });
    });
  }
});
