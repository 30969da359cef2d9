// The board commands as a user runs them, without a board: `tsgo flash` with a stand-in avrdude on PATH that records
// its arguments and keeps the .hex it was given (parsed here as Intel HEX and compared byte for byte with the ELF's
// flash image), port detection in a fake /dev (TSGO_DEV_DIR), the missing-tool and failing-tool messages; `tsgo
// targets`' table; -size on a program too large for arduino; `tsgo monitor` against a pseudo-terminal standing in for
// the board's serial port (with python3's pty module, when python3 is installed).

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findExecutable } from '../compiler/flash/command.ts';
import { hexImageBytes, parseIntelHex } from '../compiler/flash/ihex.ts';
import { flashImage, parseElf } from '../compiler/run/elf.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSGO = path.join(ROOT, 'cmd/tsgo.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-flash-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const BLINK = `package main

func main() {
	for i := 0; i < 3; i++ {
		println("blink", i)
	}
}
`;
fs.writeFileSync(path.join(tmp, 'main.go'), BLINK);

/** bin holds the stand-in avrdude: it records its arguments and copies the file of `-U flash:w:FILE:i`. */
const bin = path.join(tmp, 'bin');
const record = path.join(tmp, 'record');
fs.mkdirSync(bin);
fs.writeFileSync(
  path.join(bin, 'avrdude'),
  `#!/bin/sh
printf '%s\\n' "$@" > "${record}/argv"
for a in "$@"; do
  case "$a" in flash:w:*:i) f=\${a#flash:w:}; cp "\${f%:i}" "${record}/flashed.hex";; esac
done
echo "avrdude: 1234 bytes of flash verified"
exit \${FAKE_AVRDUDE_EXIT:-0}
`,
  { mode: 0o755 },
);

/** devWith makes a fake /dev holding the given device names. */
function devWith(...names: string[]): string {
  const d = fs.mkdtempSync(path.join(tmp, 'dev-'));
  for (const n of names) fs.writeFileSync(path.join(d, n), '');
  return d;
}

/** tsgo runs the command asynchronously (a synchronous spawn would stall vitest's worker for the whole build). */
async function tsgo(args: string[], env: Record<string, string> = {}, input = ''): Promise<{ stdout: string; stderr: string; status: number | null }> {
  fs.rmSync(record, { recursive: true, force: true });
  fs.mkdirSync(record);
  const child = spawn(process.execPath, [TSGO, ...args], {
    cwd: tmp,
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env['PATH']}`, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(input);
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(timer);
  return { stdout, stderr, status };
}

describe('tsgo flash with a command', () => {
  it('builds, detects the only serial port, and gives avrdude a valid .hex with the ELF\'s flash image', async () => {
    const dev = devWith('ttyS0', 'ttyACM0', 'tty1');
    const r = await tsgo(['flash', '-target=arduino', 'main.go'], { TSGO_DEV_DIR: dev });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('avrdude: 1234 bytes of flash verified\n');
    expect(r.status).toBe(0);
    const argv = fs.readFileSync(path.join(record, 'argv'), 'utf8').trimEnd().split('\n');
    expect(argv.slice(0, 8)).toEqual(['-c', 'arduino', '-p', 'atmega328p', '-P', path.join(dev, 'ttyACM0'), '-b', '115200']);
    expect(argv[8]).toBe('-U');
    expect(argv[9]).toMatch(/^flash:w:\/.*\/program\.hex:i$/);
    expect(argv).toHaveLength(10);
    // The temporary build directory is gone, and nothing was written next to the program.
    expect(fs.existsSync(argv[9]!.slice('flash:w:'.length, -':i'.length))).toBe(false);
    expect(fs.readdirSync(tmp).filter((f) => /\.(elf|hex)$/.test(f))).toEqual([]);

    const hex = parseIntelHex(fs.readFileSync(path.join(record, 'flashed.hex'), 'utf8'));
    expect(hex.records[hex.records.length - 1]!.type).toBe(1);
    const flashed = hexImageBytes(hex);
    expect((await tsgo(['build', '-target=arduino', '-o', 'same.elf', 'main.go'])).status).toBe(0);
    const image = flashImage(parseElf(fs.readFileSync(path.join(tmp, 'same.elf'))), 32768, 0x800000);
    expect(flashed.length).toBeGreaterThan(100);
    expect([flashed[0], flashed[1]]).toEqual([0x0c, 0x94]); // jmp __reset
    expect(Buffer.from(flashed).equals(Buffer.from(image.subarray(0, flashed.length)))).toBe(true);
    expect(image.subarray(flashed.length).every((b) => b === 0)).toBe(true);
    fs.rmSync(path.join(tmp, 'same.elf'));
  });

  it('uses -port and -programmer, and the Nano\'s 57600 baud', async () => {
    const r = await tsgo(['flash', '-target=arduino-nano', '-port=usb', '-programmer=usbasp', 'main.go'], { TSGO_DEV_DIR: devWith() });
    expect(r.status).toBe(0);
    const argv = fs.readFileSync(path.join(record, 'argv'), 'utf8').trimEnd().split('\n');
    expect(argv.slice(0, 8)).toEqual(['-c', 'usbasp', '-p', 'atmega328p', '-P', 'usb', '-b', '57600']);
  });

  it('lists the candidates when several serial ports are present, before building', async () => {
    const dev = devWith('ttyUSB0', 'ttyACM0');
    const r = await tsgo(['flash', '-target=arduino', 'main.go'], { TSGO_DEV_DIR: dev });
    expect(r.stderr).toBe(`tsgo: several serial ports found: ${dev}/ttyACM0, ${dev}/ttyUSB0; choose one with -port=PORT\n`);
    expect(r.status).toBe(1);
    expect(fs.existsSync(path.join(record, 'argv'))).toBe(false);
  });

  it('says when there is no serial port, and when -port does not exist', async () => {
    const dev = devWith('ttyS0');
    expect((await tsgo(['flash', '-target=arduino', 'main.go'], { TSGO_DEV_DIR: dev })).stderr).toBe(
      `tsgo: no serial port found (looked for ${dev}/ttyACM* and ${dev}/ttyUSB*): connect the board, or give -port=PORT\n`,
    );
    const r = await tsgo(['flash', '-target=arduino', '-port=/dev/ttyACM99', 'main.go']);
    expect(r.stderr).toBe('tsgo: serial port /dev/ttyACM99 does not exist (is the board connected?)\n');
    expect(r.status).toBe(1);
  });

  it('reports a failing flash tool with its exit status', async () => {
    const r = await tsgo(['flash', '-target=arduino', 'main.go'], { TSGO_DEV_DIR: devWith('ttyUSB0'), FAKE_AVRDUDE_EXIT: '3' });
    expect(r.stdout).toBe('avrdude: 1234 bytes of flash verified\n');
    expect(r.stderr).toBe('tsgo: avrdude failed with exit status 3\n');
    expect(r.status).toBe(1);
  });

  it('names the Debian package when avrdude is not installed', async () => {
    // A PATH with the LLVM tools the build needs, and no avrdude.
    const llvm = path.join(tmp, 'llvm-only');
    fs.mkdirSync(llvm, { recursive: true });
    for (const t of ['opt-14', 'llc-14', 'ld.lld-14', 'llvm-mc-14', 'llvm-objcopy-14', 'llvm-size-14', 'llvm-nm-14', 'llvm-objdump-14']) {
      const p = findExecutable(t);
      if (p !== undefined && !fs.existsSync(path.join(llvm, t))) fs.symlinkSync(p, path.join(llvm, t));
    }
    const r = await tsgo(['flash', '-target=arduino', 'main.go'], { TSGO_DEV_DIR: devWith('ttyACM0'), PATH: llvm });
    expect(r.stderr).toBe('tsgo: avrdude not found: install the Debian package avrdude (apt-get install avrdude)\n');
    expect(r.status).toBe(1);
  });

  it('refuses a target that cannot be flashed, and -programmer where avrdude is not used', async () => {
    expect((await tsgo(['flash', '-target=cortex-m-qemu', 'main.go'])).stderr).toBe(
      'tsgo: target cortex-m-qemu cannot be flashed: it has no flash-command and no "msd" flash-method\n',
    );
    const board = path.join(tmp, 'board.json');
    fs.writeFileSync(board, JSON.stringify({ inherits: ['arduino'], 'flash-command': 'picotool load {elf}' }));
    const r = await tsgo(['flash', `-target=${board}`, '-programmer=usbasp', 'main.go']);
    expect(r.stderr).toBe('tsgo: -programmer applies to avrdude flash commands; this target flashes with picotool\n');
    expect(r.status).toBe(1);
  });
});

describe('tsgo targets', () => {
  it('shows, as columns, where each target runs and how it is flashed', async () => {
    const r = await tsgo(['targets']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^TARGET +SIMULATOR +FLASH +DESCRIPTION$/);
    const cols = (name: string): string[] => lines.find((l) => l.startsWith(name + ' '))!.split(/ {2,}/);
    expect(cols('arduino')).toEqual(['arduino', 'avr8js', 'avrdude (serial)', 'Arduino Uno (ATmega328P), flashed through the Optiboot bootloader']);
    expect(cols('arduino-nano').slice(0, 3)).toEqual(['arduino-nano', 'avr8js', 'avrdude (serial)']);
    expect(cols('cortex-m-qemu').slice(0, 3)).toEqual(['cortex-m-qemu', 'qemu', '-']);
    expect(cols('host').slice(0, 3)).toEqual(['host', 'host (native)', '-']);
    // The columns line up: every FLASH cell starts where the heading does.
    const at = lines[0]!.indexOf('FLASH');
    for (const l of lines.slice(1)) expect(l[at - 1]).toBe(' ');
  });
});

describe('-size on a program too large for the chip', () => {
  const table = Array.from({ length: 34000 }, (_, i) => (i * 7) % 256).join(',');
  fs.writeFileSync(
    path.join(tmp, 'big.go'),
    `package main\n\nvar table = [...]byte{${table}}\n\nfunc main() {\n\tsum := 0\n\tfor _, b := range table {\n\t\tsum += int(b)\n\t}\n\tprintln(sum)\n}\n`,
  );

  it('prints the report, then by how much flash and RAM overflow, and writes nothing', async () => {
    const r = await tsgo(['build', '-target=arduino', '-size=short', '-o', 'big.hex', 'big.go']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('   code    data     bss |   flash     ram');
    const [code, data, bss, flash, ram] = lines[1]!.replace('|', '').trim().split(/\s+/).map(Number) as [number, number, number, number, number];
    expect(data).toBeGreaterThanOrEqual(34000);
    expect(flash).toBe(code + data);
    expect(ram).toBe(data + bss);
    expect(r.stderr).toBe(
      `tsgo: program too large for arduino: flash overflowed by ${flash - 32768} bytes (${flash} of 32768); ` +
        `RAM overflowed by ${ram + 384 - 2048} bytes (${ram + 384} of 2048: ${data} data + ${bss} bss + 384 stack)\n`,
    );
    expect(r.status).toBe(1);
    expect(fs.existsSync(path.join(tmp, 'big.hex'))).toBe(false);
  });

  it('-size=full lists the sections and the table among the symbols; without -size only the message', async () => {
    const full = await tsgo(['build', '-target=arduino', '-size=full', '-o', 'big.elf', 'big.go']);
    expect(full.stdout).toMatch(/\n\s+\d+\s+data\s+0800100\s+\.data\n/);
    expect(full.stdout).toMatch(/\n\s+34000\s+\w\s+main\.table\n/);
    expect(full.status).toBe(1);
    const none = await tsgo(['build', '-target=arduino', '-o', 'big.elf', 'big.go']);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^tsgo: program too large for arduino: flash overflowed by \d+ bytes \(\d+ of 32768\); RAM/);
    expect(fs.existsSync(path.join(tmp, 'big.elf'))).toBe(false);
  });
});

const python = findExecutable('python3');

describe('tsgo monitor', () => {
  it('says when the port does not exist, or none is found', async () => {
    expect((await tsgo(['monitor', '-port=/dev/ttyACM99'])).stderr).toBe('tsgo: serial port /dev/ttyACM99 does not exist (is the board connected?)\n');
    expect((await tsgo(['monitor', '-port=/dev/null'])).stderr).toBe('tsgo: /dev/null is not a serial port (not a terminal device)\n');
    const dev = devWith();
    const r = await tsgo(['monitor'], { TSGO_DEV_DIR: dev });
    expect(r.stderr).toMatch(/^tsgo: no serial port found/);
    expect(r.status).toBe(1);
    expect((await tsgo(['monitor', '-port=/dev/null', '-baudrate=12345'])).stderr).toMatch(/tsgo: invalid -baudrate 12345: want one of 50 75 /);
  });

  it.skipIf(python === undefined)('copies stdin to the port and the port to stdout, at the target\'s speed', async () => {
    // The "board": a pseudo-terminal whose far end answers one line in upper case, then hangs up.
    const board = spawn(python!, ['-u', '-c', PTY_BOARD], { stdio: ['ignore', 'pipe', 'inherit'] });
    let said = '';
    board.stdout.on('data', (d: Buffer) => (said += d.toString()));
    const line = async (n: number): Promise<string> => {
      while (said.split('\n').length <= n + 1) await new Promise((r) => setTimeout(r, 20));
      return said.split('\n')[n]!;
    };
    const port = await line(0);
    const mon = await tsgo(['monitor', '-target=arduino', `-port=${port}`], {}, 'hello\n');
    const speed = await line(1);
    expect(mon.stdout).toBe('echo:HELLO\n');
    expect(mon.stderr).toBe(`tsgo: connected to ${port} at 115200 baud; Ctrl-C to quit\ntsgo: ${port} closed\n`);
    expect(mon.status).toBe(0);
    expect(speed).toBe('115200 raw');
  });
});

describe('tsgo monitor until Ctrl-C', () => {
  it.skipIf(python === undefined)('ends on SIGINT with exit code 0, the board still connected', async () => {
    const board = spawn(python!, ['-u', '-c', 'import os, pty, time\nm, s = pty.openpty()\nprint(os.ttyname(s))\ntime.sleep(60)'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const port = await new Promise<string>((resolve) => board.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
      const mon = spawn(process.execPath, [TSGO, 'monitor', `-port=${port}`, '-baudrate=9600'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      const connected = new Promise<void>((resolve) =>
        mon.stderr.on('data', (d: Buffer) => {
          stderr += d.toString();
          if (stderr.includes('Ctrl-C')) resolve();
        }),
      );
      await connected;
      mon.kill('SIGINT');
      const status = await new Promise<number | null>((resolve) => mon.on('close', (code) => resolve(code)));
      expect(stderr).toBe(`tsgo: connected to ${port} at 9600 baud; Ctrl-C to quit\n`);
      expect(status).toBe(0);
    } finally {
      board.kill();
    }
  });
});

/** PTY_BOARD prints the pty's name, reads a line, reports the line's speed and raw mode, answers, and closes. */
const PTY_BOARD = `
import os, pty, termios, time
m, s = pty.openpty()
print(os.ttyname(s))
buf = b''
while not buf.endswith(b'\\n'):
    buf += os.read(m, 100)
attrs = termios.tcgetattr(s)
raw = not (attrs[3] & (termios.ICANON | termios.ECHO))
os.write(m, b'echo:' + buf.upper())
time.sleep(0.3)
print(str({getattr(termios, 'B' + str(b)): b for b in (9600, 57600, 115200)}.get(attrs[5])) + (' raw' if raw else ' cooked'))
os.close(s)
os.close(m)
`;
