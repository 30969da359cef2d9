// mapabi.ts must size map storage exactly as runtime/hashmap.go does: the runtime's mapmake runs under gc in the map
// harness (runtime/testdata/maps, mode caps) for many hints and key/value sizes, with a 64-bit uintptr and, where
// 32-bit x86 binaries run, a 32-bit one, and every slot count and size is compared with mapHintStorage's.

import { describe, expect, it } from 'vitest';
import { haveGo } from '../compiler/oracle/gotypesdiff.ts';
import { buildMapHarness, canRun386, runMapHarness, type GoArch } from '../runtime/testdata/maps/harness.ts';
import { mapHintStorage, mapStorageCap, mapStorageSize } from './mapabi.ts';

describe('mapabi formulas', () => {
  it('gives the documented slot counts', () => {
    const caps = [-1, 0, 1, 6, 7, 12, 13, 24, 25, 48, 49, 96, 97].map((h) => mapStorageCap(h, 2));
    expect(caps).toEqual([0, 0, 8, 8, 16, 16, 32, 32, 64, 64, 128, 128, 256]);
    expect(mapStorageSize(4, 4, 8)).toBe(72); // map[int32]int32 on AVR with up to 6 entries
    expect(mapStorageCap(16383, 2)).toBe(32768);
    expect(mapStorageCap(16384, 2)).toBe(0); // beyond uintptr's max >> 2 on AVR: ignored
    expect(mapHintStorage(1000, 8, 8, 2)).toEqual({ cap: 2048, size: 34816 });
    expect(mapHintStorage(2000, 8, 8, 2)).toEqual({ cap: 0, size: 0 }); // 4096 * 17 bytes overflow 16 bits: ignored
  });
});

/** hintsFor returns the hints compared for a uintptr of ptrBits bits (int has at least as many). */
function hintsFor(ptrBits: number): bigint[] {
  const hints = new Set<bigint>([-(1n << 31n), -5n, -1n, 0n]);
  for (let h = 1n; h <= 5000n; h++) hints.add(h);
  let x = 12345n;
  for (let i = 0; i < 300; i++) {
    x = (x * 6364136223846793005n + 1442695040888963407n) % (1n << 64n);
    hints.add(x % (1n << BigInt(ptrBits - 1)));
  }
  for (let b = 1n; b < BigInt(ptrBits - 1); b++) {
    const p = 1n << b;
    for (const d of [-1n, 0n, 1n]) hints.add(p + d);
    hints.add((p * 3n) / 4n);
    hints.add((p * 3n) / 4n + 1n);
  }
  hints.add((1n << BigInt(ptrBits - 1)) - 1n); // the largest int
  return [...hints].filter((h) => h < 1n << BigInt(ptrBits - 1));
}

const arches: GoArch[] = haveGo() ? (canRun386() ? ['amd64', '386'] : ['amd64']) : [];

describe.skipIf(arches.length === 0)('mapabi agrees with runtime/hashmap.go under gc', () => {
  for (const arch of arches) {
    const ptrSize = arch === 'amd64' ? 8 : 4;
    const sizes: [number, number][] =
      ptrSize === 8
        ? [[8, 8], [0, 0], [1, 0], [4, 4], [16, 24], [3, 5], [2 ** 40, 0], [2 ** 40, 2 ** 40], [2 ** 50, 2 ** 51]]
        : [[4, 4], [0, 0], [1, 0], [8, 8], [16, 24], [3, 5], [2 ** 20, 2 ** 20], [2 ** 28, 0], [2 ** 30, 2 ** 30]];
    it(`${arch}: mapmake's slots and storage size for ${sizes.length} key/value sizes`, () => {
      const hints = hintsFor(ptrSize * 8);
      const bin = buildMapHarness(arch);
      let compared = 0;
      for (const [k, v] of sizes) {
        const r = runMapHarness(bin, ['caps', String(k), String(v), ...hints.map(String)]);
        expect(r.status, r.output).toBe(0);
        const got = r.output.trim().split('\n');
        const want = hints.map((h) => {
          const s = mapHintStorage(h, k, v, ptrSize);
          return `${BigInt(s.cap)} ${BigInt(s.size)}`; // exact: cap is a power of two and 1+k+v a safe integer
        });
        expect(got).toEqual(want);
        compared += hints.length;
      }
      console.log(`mapabi (${arch}): ${compared} hint/size combinations agree`);
    });
  }
});
