// The pieces of `tsgo flash` without a board: command templates split without a shell, placeholders and the
// -programmer override; serial port detection in a fake /dev; finding a mounted Pico (a temporary directory laid out
// like one, found by pattern and through a mount table) and copying a file onto it; the Intel HEX reader's checks;
// the linker scripts enlarged for measuring an oversized program.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { enlargeMemory, writeEnlargedScripts } from '../build/oversize.ts';
import { TARGETS_DIR } from '../target/target.ts';
import { expandCommand, findExecutable, overrideProgrammer, requireExecutable, runCommand, splitCommand, templatePlaceholders } from './command.ts';
import { hexImageBytes, parseIntelHex } from './ihex.ts';
import { chooseUf2Volume, copyToVolume, findUf2Volumes, mountPoints, parseInfoUf2 } from './msd.ts';
import { detectSerialPort, serialPortCandidates } from './serial.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-flash-unit-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ARDUINO = 'avrdude -c arduino -p atmega328p -P {port} -b 115200 -U flash:w:{hex}:i';

describe('flash command templates', () => {
  it('splits like a shell without expanding anything', () => {
    expect(splitCommand(ARDUINO)).toEqual(['avrdude', '-c', 'arduino', '-p', 'atmega328p', '-P', '{port}', '-b', '115200', '-U', 'flash:w:{hex}:i']);
    expect(splitCommand(`  tool 'a b' "c \\"d\\"" e\\ f $HOME *  `)).toEqual(['tool', 'a b', 'c "d"', 'e f', '$HOME', '*']);
    expect(() => splitCommand('tool "open')).toThrow('tsgo: flash command "tool \\"open": unterminated " quote');
  });

  it('finds the placeholders and rejects unknown ones', () => {
    expect([...templatePlaceholders(splitCommand(ARDUINO))].sort()).toEqual(['hex', 'port']);
    expect([...templatePlaceholders(['picotool', 'load', '{uf2}', '{elf}'])].sort()).toEqual(['elf', 'uf2']);
    expect(() => templatePlaceholders(['x', '{image}'])).toThrow('tsgo: flash command: unknown placeholder {image} (known: {elf} {hex} {bin} {uf2} {port})');
  });

  it('substitutes inside words, keeping a path with spaces one argument', () => {
    const argv = expandCommand(splitCommand(ARDUINO), { port: '/dev/ttyACM0', hex: '/tmp/my dir/p.hex' });
    expect(argv.slice(-5)).toEqual(['/dev/ttyACM0', '-b', '115200', '-U', 'flash:w:/tmp/my dir/p.hex:i']);
  });

  it('-programmer replaces avrdude\'s -c, in either spelling, or adds it', () => {
    expect(overrideProgrammer(splitCommand(ARDUINO), 'usbasp').slice(0, 3)).toEqual(['avrdude', '-c', 'usbasp']);
    expect(overrideProgrammer(['/usr/bin/avrdude', '-carduino', '-p', 'm328p'], 'usbtiny')).toEqual(['/usr/bin/avrdude', '-cusbtiny', '-p', 'm328p']);
    expect(overrideProgrammer(['avrdude', '-p', 'm328p'], 'usbasp')).toEqual(['avrdude', '-c', 'usbasp', '-p', 'm328p']);
    expect(() => overrideProgrammer(['picotool', 'load'], 'usbasp')).toThrow('tsgo: -programmer applies to avrdude flash commands; this target flashes with picotool');
    expect(() => overrideProgrammer(['avrdude'], 'a b')).toThrow(/invalid -programmer "a b"/);
  });

  it('names the Debian package of a missing tool, and an unknown tool plainly', () => {
    const saved = process.env['PATH'];
    process.env['PATH'] = tmp;
    try {
      expect(findExecutable('avrdude')).toBeUndefined();
      expect(() => requireExecutable('avrdude')).toThrow('tsgo: avrdude not found: install the Debian package avrdude (apt-get install avrdude)');
      expect(() => requireExecutable('stty')).toThrow('tsgo: stty not found: install the Debian package coreutils (apt-get install coreutils)');
      expect(() => requireExecutable('frobnicate')).toThrow('tsgo: frobnicate not found: it is not on PATH');
    } finally {
      process.env['PATH'] = saved;
    }
  });

  it('streams the output and reports a failing tool\'s exit status', async () => {
    const script = path.join(tmp, 'fails');
    fs.writeFileSync(script, '#!/bin/sh\necho "out $1"\necho "err $2" >&2\nexit 3\n', { mode: 0o755 });
    let out = '';
    let err = '';
    const streams = { stdout: (c: Uint8Array) => (out += Buffer.from(c)), stderr: (c: Uint8Array) => (err += Buffer.from(c)) };
    await expect(runCommand([script, 'a b', 'c'], streams)).rejects.toThrow('tsgo: fails failed with exit status 3');
    expect(out).toBe('out a b\n');
    expect(err).toBe('err c\n');
  });
});

describe('serial port detection', () => {
  const dev = (names: string[]): string => {
    const d = fs.mkdtempSync(path.join(tmp, 'dev-'));
    for (const n of names) fs.writeFileSync(path.join(d, n), '');
    return d;
  };

  it('uses the only ttyACM or ttyUSB device', () => {
    const d = dev(['tty0', 'ttyS0', 'ttyS1', 'null', 'ttyACM0', 'ttyACM']);
    expect(detectSerialPort(d)).toBe(path.join(d, 'ttyACM0'));
    const u = dev(['ttyUSB3', 'ttyAMA0']);
    expect(detectSerialPort(u)).toBe(path.join(u, 'ttyUSB3'));
  });

  it('lists several candidates, in order, and asks for -port', () => {
    const d = dev(['ttyUSB0', 'ttyACM10', 'ttyACM2']);
    expect(serialPortCandidates(d)).toEqual(['ttyACM2', 'ttyACM10', 'ttyUSB0'].map((n) => path.join(d, n)));
    expect(() => detectSerialPort(d)).toThrow(`tsgo: several serial ports found: ${d}/ttyACM2, ${d}/ttyACM10, ${d}/ttyUSB0; choose one with -port=PORT`);
  });

  it('says where it looked when there is none', () => {
    const d = dev(['ttyS0']);
    expect(() => detectSerialPort(d)).toThrow(`tsgo: no serial port found (looked for ${d}/ttyACM* and ${d}/ttyUSB*): connect the board, or give -port=PORT`);
    expect(() => detectSerialPort(path.join(tmp, 'no-such-dir'))).toThrow(/no serial port found/);
  });
});

const PICO_INFO = 'UF2 Bootloader v3.0\r\nModel: Raspberry Pi RP2\r\nBoard-ID: RPI-RP2\r\n';

describe('UF2 boot volumes', () => {
  const root = path.join(tmp, 'mounts');
  const pico = path.join(root, 'media', 'alice', 'RPI-RP2');
  fs.mkdirSync(pico, { recursive: true });
  fs.writeFileSync(path.join(pico, 'INFO_UF2.TXT'), PICO_INFO);
  fs.writeFileSync(path.join(pico, 'INDEX.HTM'), '<html></html>');
  fs.mkdirSync(path.join(root, 'media', 'alice', 'USBSTICK'), { recursive: true }); // no INFO_UF2.TXT
  const search = { patterns: [path.join(root, 'media/*/*'), path.join(root, 'run/media/*/*'), path.join(root, 'mnt/*')] };

  it('reads INFO_UF2.TXT', () => {
    expect(parseInfoUf2(PICO_INFO)).toEqual({ Model: 'Raspberry Pi RP2', 'Board-ID': 'RPI-RP2' });
  });

  it('finds the mounted Pico by name, and ignores volumes without INFO_UF2.TXT', () => {
    expect(findUf2Volumes(['RPI-RP2'], search).map((v) => v.dir)).toEqual([pico]);
    expect(findUf2Volumes([], search).map((v) => v.dir)).toEqual([pico]);
    expect(findUf2Volumes(['OTHER'], search)).toEqual([]);
  });

  it('finds a volume through the mount table, by its Board-ID, once', () => {
    const odd = path.join(root, 'elsewhere', 'my pico');
    fs.mkdirSync(odd, { recursive: true });
    fs.writeFileSync(path.join(odd, 'INFO_UF2.TXT'), PICO_INFO);
    const mounts = path.join(root, 'mounts.txt');
    fs.writeFileSync(mounts, `proc /proc proc rw 0 0\n/dev/sdb1 ${odd.replace(' ', '\\040')} vfat rw 0 0\n/dev/sdc1 ${pico} vfat rw 0 0\n`);
    expect(mountPoints(mounts)).toEqual(['/proc', odd, pico]);
    const both = { ...search, mountsFile: mounts };
    expect(findUf2Volumes(['RPI-RP2'], both).map((v) => v.dir)).toEqual([odd, pico].sort());
    expect(() => chooseUf2Volume('pico', ['RPI-RP2'], both)).toThrow(
      `tsgo: several boards are waiting as a RPI-RP2 volume: ${[odd, pico].sort().join(', ')}; unplug all but one`,
    );
    fs.rmSync(odd, { recursive: true });
  });

  it('says how to get the board into its boot loader when none is mounted', () => {
    const empty = { patterns: [path.join(tmp, 'nothing/*/*')] };
    expect(() => chooseUf2Volume('pico', ['RPI-RP2'], empty)).toThrow(
      `tsgo: no RPI-RP2 volume with INFO_UF2.TXT is mounted for pico: hold the board's BOOTSEL button while plugging it in, ` +
        `and mount the volume it shows (looked in ${tmp}/nothing/*/*)`,
    );
  });

  it('copies the file to the volume\'s root, byte for byte', () => {
    const file = path.join(tmp, 'program.uf2');
    const data = Buffer.alloc(512 * 7);
    for (let i = 0; i < data.length; i++) data[i] = (i * 31) & 0xff;
    fs.writeFileSync(file, data);
    const volume = chooseUf2Volume('pico', ['RPI-RP2'], search);
    const dest = copyToVolume(file, volume);
    expect(dest).toBe(path.join(pico, 'flash.uf2'));
    expect(fs.readFileSync(dest).equals(data)).toBe(true);
    expect(() => copyToVolume(path.join(tmp, 'missing.uf2'), volume)).toThrow(/^tsgo: cannot read .*missing\.uf2/);
  });
});

describe('Intel HEX', () => {
  it('reads data, address and EOF records', () => {
    const img = parseIntelHex(':0400000001020304F2\n:020000040001F9\n:02000200AABB97\n:0400000512345678E3\n:00000001FF\n');
    expect(hexImageBytes(img).subarray(0, 4)).toEqual(Uint8Array.from([1, 2, 3, 4]));
    expect(img.bytes.get(0x10002)).toBe(0xaa);
    expect(img.bytes.get(0x10003)).toBe(0xbb);
    expect(img.start).toBe(0x12345678);
  });

  it('rejects bad checksums, lengths, types and a missing or early EOF', () => {
    expect(() => parseIntelHex(':0400000001020304F3\n:00000001FF\n')).toThrow('line 1: bad checksum');
    expect(() => parseIntelHex(':0500000001020304F2\n:00000001FF\n')).toThrow('line 1: byte count 5 does not match the record length');
    expect(() => parseIntelHex(':00000007F9\n:00000001FF\n')).toThrow('line 1: unknown record type 7');
    expect(() => parseIntelHex(':0400000001020304F2\n')).toThrow('missing end-of-file record');
    expect(() => parseIntelHex(':00000001FF\n:0400000001020304F2\n')).toThrow('line 2: data after the end-of-file record');
  });
});

describe('linker scripts for measuring', () => {
  it('enlarges only the MEMORY regions\' lengths', () => {
    const src = 'MEMORY\n{\n    FLASH (rx) : ORIGIN = 0, LENGTH = 256K\n    RAM (rw) : ORIGIN = 0x20000000, LENGTH = 64K\n}\n_end = LENGTH(RAM);\n';
    expect(enlargeMemory(src, 16)).toBe(
      'MEMORY\n{\n    FLASH (rx) : ORIGIN = 0, LENGTH = (256K) + 16\n    RAM (rw) : ORIGIN = 0x20000000, LENGTH = (64K) + 16\n}\n_end = LENGTH(RAM);\n',
    );
  });

  it('copies the target\'s script and the scripts it includes', () => {
    const out = path.join(tmp, 'ld');
    const script = writeEnlargedScripts(path.join(TARGETS_DIR, 'atmega328p.ld'), out);
    expect(fs.readdirSync(out).sort()).toEqual(['atmega328p.ld', 'avr.ld']);
    expect(fs.readFileSync(script, 'utf8')).toMatch(/LENGTH = \(32768\) \+ 16777216/);
    expect(fs.readFileSync(path.join(out, 'avr.ld'), 'utf8')).toBe(fs.readFileSync(path.join(TARGETS_DIR, 'avr.ld'), 'utf8'));
  });
});
