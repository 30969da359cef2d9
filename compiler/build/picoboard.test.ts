// Package machine on the Raspberry Pi Pico, run in rp2040js: the LED's changes seen as -trace-pins reports them
// (onPinChange), the button example following a pin the test drives, the echo example through machine.Serial's
// interrupt-driven receive, the ADC, and UART0's receive interrupt registered with runtime/interrupt: its vector-table
// entry, the handler running in an interrupt, and -print-allocs finding nothing in it. The programs are
// testdata/boards' board-neutral ones (machine.LED, machine.BUTTON, machine.Serial, machine.ADC0) that
// compiler/build/boards.test.ts runs on arduino, and uart_irq_pico.go.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CompileError } from '../diag.ts';
import { ByteQueue, traceLine, type PinChange } from '../run/boardio.ts';
import { elfSections, elfSymbols, parseElf } from '../run/elf.ts';
import { runFirmware, type RP2040 } from '../run/run.ts';
import { build, type BuildResult } from './driver.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BOARDS = path.join(ROOT, 'testdata/boards');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-picoboard-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** compile builds a program for pico; it returns the build result and what the build printed (-print-allocs). */
async function compile(file: string, printAllocs?: string): Promise<{ r?: BuildResult; err: string }> {
  let err = '';
  const output = path.join(work, `${path.basename(file, '.go')}.elf`);
  try {
    const r = await build({
      inputs: [file], target: 'pico', output, optLevel: 'z', size: 'none', tags: [], cwd: ROOT,
      stderr: (s) => void (err += s), stdout: () => {}, ...(printAllocs ? { printAllocs } : {}),
    });
    return { r, err };
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    return { err };
  }
}

/** write puts a Go program into the work directory and returns its path. */
function write(name: string, text: string): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, text);
  return file;
}

/** HZ is the Pico's clk_sys. */
const HZ = 125_000_000;

describe('machine on pico: GPIO', () => {
  it('reports the LED toggling, and only output pins, as -trace-pins lines', async () => {
    const file = write(
      'toggle.go',
      `package main

import "machine"

func main() {
	led := machine.LED
	led.Configure(machine.PinConfig{Mode: machine.PinOutput})
	in := machine.GP2
	in.Configure(machine.PinConfig{Mode: machine.PinInputPulldown})
	in.High() // an input: its output level changes, the pin does not
	for i := 0; i < 4; i++ {
		led.Toggle()
		for j := 0; j < 100; j++ {
			in.Get()
		}
	}
	led.High()
	machine.GP3.Configure(machine.PinConfig{Mode: machine.PinOutput})
	machine.GP3.Set(true)
	machine.GP3.Low()
	println(led.Get(), machine.GP3.Get(), in.Get(), machine.CPUFrequency())
}
`,
    );
    const { r, err } = await compile(file);
    expect(err).toBe('');
    const changes: PinChange[] = [];
    const run = await runFirmware(r!.target, r!.outputPath, { timeoutMs: 30_000, onPinChange: (c) => changes.push(c) });
    expect(run.output).toBe('true false false 125000000\n');
    expect(run.exitCode).toBe(0);
    expect(changes.map((c) => `${c.pin} ${c.high ? 'high' : 'low'}`)).toEqual([
      'GP25 high', 'GP25 low', 'GP25 high', 'GP25 low', 'GP25 high', 'GP3 high', 'GP3 low',
    ]);
    // Simulated seconds from the core's cycles, printed with 6 decimals; a toggle every 100 loop iterations.
    expect(traceLine(changes[0]!)).toMatch(/^0\.\d{6} GP25 high$/);
    const gap = (changes[1]!.seconds - changes[0]!.seconds) * HZ;
    expect(gap).toBeGreaterThan(200);
    expect(gap).toBeLessThan(2000);
  });

  it('follows the button (GP15) driven by the test on the LED', async () => {
    const { r, err } = await compile(path.join(BOARDS, 'button.go'));
    expect(err).toBe('');
    const presses = [5e6, 6e6, 7e6, 8e6]; // nanoseconds: after the clocks' start-up (about 2.7 ms)
    const changes: PinChange[] = [];
    const run = await runFirmware(r!.target, r!.outputPath, {
      timeoutMs: 60_000,
      onPinChange: (c) => changes.push(c),
      onRp2040: (chip: RP2040) => {
        const button = chip.gpio[15]!; // released until the first press: the pin's pull-up holds it high
        presses.forEach((at, i) => chip.clock.createAlarm(() => button.setInputValue(i % 2 === 1)).schedule(at));
      },
    });
    expect(run.output).toBe('changes: 4\n');
    expect(run.exitCode).toBe(0);
    expect(changes.map((c) => `${c.pin} ${c.high ? 'high' : 'low'}`)).toEqual(['GP25 high', 'GP25 low', 'GP25 high', 'GP25 low']);
    // The LED follows within a few loop iterations (under 100 cycles).
    changes.forEach((c, i) => expect(c.seconds * HZ - (presses[i]! * HZ) / 1e9).toBeLessThan(100));
  });
});

describe('machine on pico: UART', () => {
  it('echoes what UART0 receives through machine.Serial, the handler allocating nothing', async () => {
    const { r, err } = await compile(path.join(BOARDS, 'echo.go'), '.');
    expect(err).toBe(''); // -print-allocs: nothing allocates, machine.(*UART).handleInterrupt included
    const input = new ByteQueue();
    input.push('hello\rquit\r');
    const run = await runFirmware(r!.target, r!.outputPath, { uartInput: input, timeoutMs: 60_000 });
    expect(run.output).toBe(
      'Echo console enabled. Type something then press enter:\r\nhello\r\nYou typed: hello\r\nquit\r\nYou typed: quit\r\n',
    );
    expect(run.exitCode).toBe(0);
  });

  it('keeps println working after Configure, on the same UART, at another baud rate too', async () => {
    const file = write(
      'mixed.go',
      `package main

import "machine"

func main() {
	println("before")
	machine.Serial.Configure(machine.UARTConfig{BaudRate: 9600})
	machine.Serial.Write([]byte("machine\\n"))
	println("after")
	for machine.Serial.Buffered() < 2 {
	}
	a, _ := machine.Serial.ReadByte()
	b, _ := machine.Serial.ReadByte()
	_, e := machine.Serial.ReadByte()
	println(string([]byte{a, b}), e.Error())
}
`,
    );
    const { r, err } = await compile(file);
    expect(err).toBe('');
    const input = new ByteQueue();
    input.push('ok');
    const bauds: number[] = [];
    const run = await runFirmware(r!.target, r!.outputPath, {
      uartInput: input,
      timeoutMs: 30_000,
      onRp2040: (chip: RP2040) => {
        chip.uart[0]!.onBaudRateChange = (baud) => void bauds.push(baud);
      },
    });
    expect(run.output).toBe('before\nmachine\nafter\nok UART buffer empty\n');
    expect(run.exitCode).toBe(0);
    expect(bauds.at(-1)).toBe(9600); // IBRD 813, FBRD 51 (rp2040js does not time the line: output is not slower)
  });
});

describe('interrupts on pico', () => {
  it("runs UART0's receive handler (IRQ 20) for the bytes received, with interrupt.In true only inside it", async () => {
    const { r, err } = await compile(path.join(BOARDS, 'uart_irq_pico.go'), '.');
    expect(err).toBe(''); // -print-allocs: the handler (and main) allocate nothing
    const input = new ByteQueue();
    input.push('hello');
    const run = await runFirmware(r!.target, r!.outputPath, { uartInput: input, timeoutMs: 30_000 });
    expect(run.output).toBe('HELLO\nin handler: true in main: false\n');
    expect(run.exitCode).toBe(0);
  });

  it('puts IRQ20_Handler into the vector table after the 16 system exceptions', async () => {
    const { r } = await compile(path.join(BOARDS, 'uart_irq_pico.go'));
    const elf = parseElf(fs.readFileSync(r!.outputPath), r!.outputPath);
    const sections = elfSections(elf);
    const symbols = elfSymbols(elf, sections);
    const handler = symbols.find((s) => s.name === 'IRQ20_Handler' && s.type === 2);
    const fallback = symbols.find((s) => s.name === 'Default_Handler');
    expect(handler).toBeDefined();
    expect(handler!.value).not.toBe(fallback!.value);
    const vectors = symbols.find((s) => s.name === '__isr_vector')!;
    expect(vectors.value).toBe(0x10000100);
    const table = sections.find((s) => s.addr <= vectors.value && vectors.value < s.addr + s.size && s.type === 1)!;
    const at = (n: number): number => {
      const off = table.offset + vectors.value - table.addr + 4 * n;
      return elf.bytes[off]! | (elf.bytes[off + 1]! << 8) | (elf.bytes[off + 2]! << 16) | (elf.bytes[off + 3]! << 24);
    };
    expect(at(16 + 20) >>> 0).toBe((handler!.value | 1) >>> 0); // a Thumb function's address
    expect(at(16 + 21) >>> 0).toBe((fallback!.value | 1) >>> 0);
  });

  it('reports an allocation in a handler with -print-allocs', async () => {
    const file = write(
      'alloc_handler.go',
      `package main

import (
	"device/rp"
	"runtime/interrupt"
)

var buf []byte

func main() {
	interrupt.New(rp.IRQ_UART0_IRQ, func(interrupt.Interrupt) {
		buf = make([]byte, rp.UART0.UARTDR.Get())
	})
}
`,
    );
    const { err } = await compile(file, '.');
    expect(err).toMatch(/alloc_handler\.go:12:13: /);
  });

  it("rejects an interrupt number past the RP2040's 26", async () => {
    const file = write('irq26.go', 'package main\n\nimport "runtime/interrupt"\n\nfunc main() {\n\tinterrupt.New(26, func(interrupt.Interrupt) {})\n}\n');
    const { err } = await compile(file);
    expect(err).toMatch(/irq26\.go:6:15: interrupt\.New: interrupt number 26 out of range \(the target's vectors are 0 to 25\)\n$/);
  });
});

describe('machine on pico: ADC', () => {
  it('reads the values the test sets on ADC0 and ADC2, scaled to 16 bits', async () => {
    const { r, err } = await compile(path.join(BOARDS, 'adc.go'));
    expect(err).toBe('');
    const run = await runFirmware(r!.target, r!.outputPath, {
      timeoutMs: 30_000,
      onRp2040: (chip: RP2040) => {
        chip.adc.channelValues[0] = 2048; // rp2040js takes the 12-bit conversion results
        chip.adc.channelValues[2] = 4095;
      },
    });
    expect(run.output).toBe('32768 65520\n');
    expect(run.exitCode).toBe(0);
  });
});

describe('machine on pico: PWM', () => {
  it('drives the LED from PWM4 at a 1 ms period, 25% high, then inverted', async () => {
    const { r, err } = await compile(path.join(BOARDS, 'pwm_pico.go'));
    expect(err).toBe('');
    const changes: PinChange[] = [];
    const run = await runFirmware(r!.target, r!.outputPath, { timeoutMs: 60_000, onPinChange: (c) => changes.push(c) });
    // Divider 31/16 and TOP 64515: 64516 * 1.9375 cycles = 999,998 ns.
    expect(run.output).toBe('true 1 true true 64515 999998 16129\n');
    expect(run.exitCode).toBe(0);
    expect(new Set(changes.map((c) => c.pin))).toEqual(new Set(['GP25']));
    const us = (i: number): number => (changes[i + 1]!.seconds - changes[i]!.seconds) * 1e6;
    // The first periods: high 250 µs, low 750 µs.
    expect(changes[0]!.high).toBe(true);
    for (let i = 0; i < 4; i += 2) {
      expect(us(i)).toBeCloseTo(250, 0);
      expect(us(i + 1)).toBeCloseTo(750, 0);
    }
    // The last periods, inverted: high 750 µs.
    const n = changes.length;
    const last = changes[n - 3]!.high ? n - 3 : n - 4;
    expect(us(last)).toBeCloseTo(750, 0);
    expect(us(last + 1)).toBeCloseTo(250, 0);
  });
});
