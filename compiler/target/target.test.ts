// Tests of target loading: the built-in inheritance chains, merge rules, the values codegen and the linker depend on,
// and the messages for unknown targets and invalid files.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../diag.ts';
import { allTargetNames, listTargets, loadTarget, mergeTarget, TARGETS_DIR } from './target.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-target-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function writeJSON(name: string, value: unknown): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, JSON.stringify(value));
  return p;
}

describe('built-in targets', () => {
  it('lists the runnable targets and leaves out abstract bases', () => {
    expect(listTargets()).toEqual(['arduino', 'arduino-nano', 'atmega328p', 'cortex-m-qemu', 'host', 'pico']);
    expect(allTargetNames()).toEqual(expect.arrayContaining(['avr', 'cortex-m', 'cortex-m3']));
  });

  it('every target file loads', () => {
    for (const name of allTargetNames()) {
      if (name === 'avr' || name === 'cortex-m') continue; // bases without a triple or data layout of their own
      expect(() => loadTarget(name), name).not.toThrow();
    }
  });

  it('resolves arduino through avr and atmega328p', () => {
    const t = loadTarget('arduino');
    expect(t.chain.map((f) => path.basename(f))).toEqual(['avr.json', 'atmega328p.json', 'arduino.json']);
    expect(t.llvmTarget).toBe('avr');
    expect(t.cpu).toBe('atmega328p');
    expect(t.dataLayout).toBe('e-P1-p:16:8-i8:8-i16:8-i32:8-i64:8-f32:8-f64:8-n8-a:8');
    expect([t.ptrSize, t.intSize, t.maxAlign]).toEqual([2, 4, 1]);
    expect(t.buildTags).toEqual(['avr', 'baremetal', 'linux', 'arm', 'atmega328p', 'atmega', 'arduino']);
    expect([t.flashSize, t.ramSize, t.maxStackAlloc, t.emulator]).toEqual([32768, 2048, 256, 'avr8js']);
    expect(t.startup).toEqual([path.join(TARGETS_DIR, 'avr.s')]);
    expect(t.linkerScript).toBe(path.join(TARGETS_DIR, 'atmega328p.ld'));
    expect(t.libs[0]).toBe('libgcc:avr:avr5');
    expect(t.flashCommand).toBe('avrdude -c arduino -p atmega328p -P {port} -b 115200 -U flash:w:{hex}:i');
  });

  it('resolves cortex-m-qemu through cortex-m and cortex-m3', () => {
    const t = loadTarget('cortex-m-qemu');
    expect(t.chain.map((f) => path.basename(f))).toEqual(['cortex-m.json', 'cortex-m3.json', 'cortex-m-qemu.json']);
    expect(t.llvmTarget).toMatch(/^thumbv7m-/);
    expect(t.dataLayout).toBe('e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64');
    expect([t.ptrSize, t.intSize, t.maxAlign, t.emulator]).toEqual([4, 4, 8, 'qemu']);
    expect(t.emulatorArgs).toEqual(['-M', 'lm3s6965evb', '-nographic', '-semihosting']);
    expect([t.flashSize, t.ramSize]).toEqual([256 * 1024, 64 * 1024]);
  });

  it('resolves pico through cortex-m, cortex-m0plus and rp2040', () => {
    const t = loadTarget('pico');
    expect(t.chain.map((f) => path.basename(f))).toEqual(['cortex-m.json', 'cortex-m0plus.json', 'rp2040.json', 'pico.json']);
    expect([t.llvmTarget, t.cpu]).toEqual(['thumbv6m-unknown-unknown-eabi', 'cortex-m0plus']);
    expect(t.buildTags).toEqual(expect.arrayContaining(['cortexm', 'baremetal', 'rp2040', 'pico']));
    expect(t.startup.map((f) => path.basename(f))).toEqual(['cortex-m-common.s', 'rp2040-boot2.s', 'rp2040.s']);
    expect(t.linkerScript).toBe(path.join(TARGETS_DIR, 'rp2040.ld'));
    expect(t.libs).toEqual(['libgcc:arm-none-eabi:thumb/v6-m/nofp']);
    expect([t.flashSize, t.ramSize, t.cpuFrequency, t.emulator]).toEqual([2 * 1024 * 1024, 264 * 1024, 125_000_000, 'rp2040js']);
    expect([t.flashMethod, t.msdVolumeNames, t.uf2FamilyId, t.flashCommand]).toEqual(['msd', ['RPI-RP2'], 0xe48bff56, undefined]);
    expect(loadTarget('arduino').flashMethod).toBe('command');
    expect(loadTarget('arduino').uf2FamilyId).toBeUndefined();
  });

  it('describes the host', () => {
    const t = loadTarget('host');
    expect([t.goos, t.goarch, t.ptrSize, t.intSize, t.maxStackAlloc, t.emulator]).toEqual([
      'linux', 'amd64', 8, 8, 1024, 'native',
    ]);
    expect(t.dataLayout).toBe('e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128');
    expect(t.heapSize).toBe(64 << 20);
  });
});

describe('merging', () => {
  it('overrides scalars and appends lists', () => {
    const merged = mergeTarget(
      { cpu: 'a', 'build-tags': ['x'], libs: ['l1'], 'flash-size': 10 },
      { cpu: 'b', 'build-tags': ['y'], inherits: ['ignored'] },
    );
    expect(merged).toEqual({ cpu: 'b', 'build-tags': ['x', 'y'], libs: ['l1'], 'flash-size': 10 });
  });

  it('loads a custom file that inherits a built-in target, with paths relative to the file', () => {
    const p = writeJSON('myboard.json', {
      inherits: ['atmega328p'],
      'build-tags': ['myboard'],
      'flash-size': 16384,
      startup: ['extra.s'],
    });
    const t = loadTarget(p);
    expect(t.name).toBe('myboard');
    expect(t.flashSize).toBe(16384);
    expect(t.buildTags).toContain('myboard');
    expect(t.buildTags).toContain('atmega328p');
    expect(t.startup).toEqual([path.join(TARGETS_DIR, 'avr.s'), path.join(tmp, 'extra.s')]);
  });
});

describe('errors', () => {
  it('lists the known targets for an unknown name', () => {
    expect(() => loadTarget('arduino-mega')).toThrow(UserError);
    expect(() => loadTarget('arduino-mega')).toThrow(
      'unknown target "arduino-mega"; known targets: arduino, arduino-nano, atmega328p, cortex-m-qemu, host, pico',
    );
  });

  it('names the file and the field of a wrong value', () => {
    const p = writeJSON('bad-type.json', { inherits: ['host'], 'ptr-size': 3 });
    expect(() => loadTarget(p)).toThrow(UserError);
    expect(() => loadTarget(p)).toThrow(new RegExp(`^${p}: invalid target file:\\n  ptr-size: `));
  });

  it('names a malformed uf2-family-id and an unknown flash-method', () => {
    const p = writeJSON('bad-uf2.json', { inherits: ['host'], 'uf2-family-id': 'e48bff56', 'flash-method': 'dfu' });
    expect(() => loadTarget(p)).toThrow(
      /bad-uf2\.json: invalid target file:\n {2}flash-method: Invalid option: expected one of "command"\|"msd"\n {2}uf2-family-id: a hex number like "0xe48bff56"$/,
    );
  });

  it('names a misspelt key', () => {
    const p = writeJSON('typo.json', { inherits: ['host'], 'linker_script': 'x.ld' });
    expect(() => loadTarget(p)).toThrow(/typo\.json: invalid target file:\n.*linker_script/);
  });

  it('reports a missing required field, an unknown parent, a cycle and broken JSON', () => {
    expect(() => loadTarget(writeJSON('nogoos.json', { 'llvm-target': 'avr' }))).toThrow(/nogoos\.json: invalid target file:\n  goos: required/);
    expect(() => loadTarget(writeJSON('orphan.json', { inherits: ['nonesuch'] }))).toThrow(/orphan\.json: inherits: unknown target "nonesuch"/);
    writeJSON('cyc-a.json', { inherits: ['./cyc-b.json'] });
    writeJSON('cyc-b.json', { inherits: ['./cyc-a.json'] });
    expect(() => loadTarget(path.join(tmp, 'cyc-a.json'))).toThrow(/inheritance cycle: cyc-a\.json -> cyc-b\.json -> cyc-a\.json/);
    const broken = path.join(tmp, 'broken.json');
    fs.writeFileSync(broken, '{ "goos": ');
    expect(() => loadTarget(broken)).toThrow(/broken\.json: cannot read target file/);
    expect(() => loadTarget('./does-not-exist.json')).toThrow('target file not found: ./does-not-exist.json');
  });
});
