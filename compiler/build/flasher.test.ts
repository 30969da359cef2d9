// flashProgram's "msd" method end to end, with a board target whose boot volume is a temporary directory laid out like
// a mounted Pico: the program is built as a UF2 image and copied there. Until this tsgo writes UF2 images (`-o
// x.uf2`), the test checks instead that the method says so before building.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../diag.ts';
import { TARGETS_DIR } from '../target/target.ts';
import { flashProgram } from './flasher.ts';
import { outputFormat } from './output.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-flasher-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const canWriteUf2 = ((): boolean => {
  try {
    outputFormat('x.uf2');
    return true;
  } catch {
    return false;
  }
})();

describe('flashProgram with flash-method msd', () => {
  const main = path.join(tmp, 'main.go');
  fs.writeFileSync(main, 'package main\n\nfunc main() {\n\tprintln("hi")\n}\n');
  const board = path.join(tmp, 'board.json');
  // The pico target (with its UF2 family id) once it exists; until then any Cortex-M board.
  const base = fs.existsSync(path.join(TARGETS_DIR, 'pico.json')) ? 'pico' : 'cortex-m-qemu';
  fs.writeFileSync(board, JSON.stringify({ inherits: [base], 'flash-method': 'msd', 'msd-volume-name': 'RPI-RP2' }));
  const volume = path.join(tmp, 'media', 'bob', 'RPI-RP2');
  fs.mkdirSync(volume, { recursive: true });
  fs.writeFileSync(path.join(volume, 'INFO_UF2.TXT'), 'UF2 Bootloader v3.0\nModel: Raspberry Pi RP2\nBoard-ID: RPI-RP2\n');
  const build = { inputs: [main], target: board, optLevel: 'z' as const, size: 'none' as const, tags: [], stderr: () => {}, stdout: () => {} };
  const msdSearch = { patterns: [path.join(tmp, 'media/*/*')] };

  it('refuses -programmer', async () => {
    await expect(flashProgram(build, { programmer: 'usbasp', msdSearch })).rejects.toThrow(
      'tsgo: -programmer applies to avrdude flash commands; board is flashed by copying a UF2 file',
    );
  });

  it.runIf(canWriteUf2)('copies the UF2 image to the mounted volume', async () => {
    const notes: string[] = [];
    await flashProgram(build, { msdSearch, note: (l) => notes.push(l) });
    const copied = fs.readFileSync(path.join(volume, 'flash.uf2'));
    expect(copied.length % 512).toBe(0);
    expect(copied.readUInt32LE(0)).toBe(0x0a324655); // UF2 magic start 0
    expect(notes).toEqual([`tsgo: copied the program to ${path.join(volume, 'flash.uf2')}`]);
  });

  it.runIf(!canWriteUf2)('says that UF2 images cannot be written yet', async () => {
    const e = await flashProgram(build, { msdSearch }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    expect((e as Error).message).toBe('tsgo: board is flashed with a .uf2 image, which this tsgo cannot write');
    expect(fs.existsSync(path.join(volume, 'flash.uf2'))).toBe(false);
  });
});
