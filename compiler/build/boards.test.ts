// Board programs (testdata/boards) built and run in the simulators: interrupt handlers registered with
// runtime/interrupt (the USART receive vector on arduino, an NVIC interrupt on cortex-m-qemu), the machine package's
// pins driven by the test, the UART echo through machine.Serial's interrupt-driven buffer, interrupt.New's errors,
// and -print-allocs over a handler.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ByteQueue, type PinChange } from '../run/boardio.ts';
import { runFirmware, type AvrMachine } from '../run/run.ts';
import { build, type BuildResult } from './driver.ts';
import { CompileError } from '../diag.ts';
import { elfSections, elfSymbols, flashImage, parseElf } from '../run/elf.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BOARDS = path.join(ROOT, 'testdata/boards');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-boards-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** compile builds a program for target; it returns the build result and what the build printed. */
async function compile(file: string, target: string, printAllocs?: string): Promise<{ r?: BuildResult; err: string }> {
  let err = '';
  const output = path.join(work, `${path.basename(file, '.go')}-${target}.elf`);
  try {
    const r = await build({
      inputs: [file], target, output, optLevel: 'z', size: 'none', tags: [], cwd: ROOT,
      stderr: (s) => void (err += s), stdout: () => {}, ...(printAllocs ? { printAllocs } : {}),
    });
    return { r, err };
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    return { err };
  }
}

/** CYCLES_PER_SECOND is the arduino's clock. */
const HZ = 16_000_000;

describe('interrupts on arduino', () => {
  it('runs the USART receive handler for every byte, with interrupt.In true only inside it', async () => {
    const { r, err } = await compile(path.join(BOARDS, 'uart_irq.go'), 'arduino', '.');
    expect(err).toBe(''); // -print-allocs: the handler (and main) allocate nothing
    const input = new ByteQueue();
    input.push('hello');
    const run = await runFirmware(r!.target, r!.outputPath, { uartInput: input, maxCycles: 5_000_000, timeoutMs: 60_000 });
    expect(run.output).toBe('HELLO\nin handler: true in main: false\n');
    expect(run.exitCode).toBe(0);
  });

  it('emits __vector_18 as a signal handler: SREG saved, r1 cleared, reti', async () => {
    const { r } = await compile(path.join(BOARDS, 'uart_irq.go'), 'arduino');
    const elf = parseElf(fs.readFileSync(r!.outputPath), r!.outputPath);
    const sym = elfSymbols(elf, elfSections(elf)).find((s) => s.name === '__vector_18');
    expect(sym?.type).toBe(2);
    const flash = flashImage(elf, 32768, 0x800000);
    const words = Array.from({ length: sym!.size / 2 }, (_, i) => flash[sym!.value + 2 * i]! | (flash[sym!.value + 2 * i + 1]! << 8));
    // push r0; push r1; in r0, SREG; push r0; clr r1 ... reti
    expect(words.slice(0, 5)).toEqual([0x920f, 0x921f, 0xb60f, 0x920f, 0x2411]);
    expect(words.at(-1)).toBe(0x9518);
    // The vector table's entry 18 jumps there: `jmp` (0x940c) with the word address.
    expect([flash[18 * 4]! | (flash[18 * 4 + 1]! << 8), flash[18 * 4 + 2]! | (flash[18 * 4 + 3]! << 8)]).toEqual([0x940c, sym!.value / 2]);
  });

  it('reports an allocation in a handler with -print-allocs', async () => {
    const file = path.join(work, 'alloc_handler.go');
    fs.writeFileSync(
      file,
      `package main

import (
	"device/avr"
	"runtime/interrupt"
)

var buf []byte

func main() {
	interrupt.New(avr.IRQ_USART_RX, func(interrupt.Interrupt) {
		buf = make([]byte, avr.UDR0.Get())
	})
}
`,
    );
    const { err } = await compile(file, 'arduino', '.');
    expect(err).toMatch(/alloc_handler\.go:12:13: /);
  });

  it('reports every broken rule of interrupt.New at its call, and nothing else', async () => {
    const file = path.join(BOARDS, 'interrupt_errors.go');
    const want = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => {
        const m = /\/\/ ERROR "(.*)"$/.exec(line);
        return m ? [`${i + 1}: ${m[1]}`] : [];
      });
    const { r, err } = await compile(file, 'arduino');
    expect(r).toBeUndefined();
    const got = err
      .trim()
      .split('\n')
      .map((l) => /^testdata\/boards\/interrupt_errors\.go:(\d+):\d+: (.*)$/.exec(l))
      .map((m) => (m ? `${m[1]}: ${m[2]}` : 'unexpected output'));
    expect(got).toEqual(want);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('rejects interrupt.New on the host', async () => {
    const file = path.join(work, 'host_irq.go');
    fs.writeFileSync(file, 'package main\n\nimport "runtime/interrupt"\n\nfunc main() {\n\tinterrupt.New(3, func(interrupt.Interrupt) {})\n}\n');
    const { err } = await compile(file, 'host');
    expect(err).toMatch(/host_irq\.go:6:15: interrupt\.New: this target has no interrupts\n$/);
  });
});

describe('interrupts on cortex-m-qemu', () => {
  it('runs an NVIC interrupt made pending by the program', async () => {
    const { r, err } = await compile(path.join(BOARDS, 'nvic.go'), 'cortex-m-qemu');
    expect(err).toBe('');
    const run = await runFirmware(r!.target, r!.outputPath, { timeoutMs: 30_000 });
    expect(run.output).toBe('in main: false\nirq 5 in handler: true\ndone\n');
    expect(run.exitCode).toBe(0);
  });
});

describe('device/arm on cortex-m-qemu', () => {
  it('sets a priority, keeps a pending interrupt waiting while it is disabled, and runs it once enabled', async () => {
    const { r, err } = await compile(path.join(BOARDS, 'nvic_arm.go'), 'cortex-m-qemu');
    expect(err).toBe('');
    const run = await runFirmware(r!.target, r!.outputPath, { timeoutMs: 30_000 });
    expect(run.output).toBe('priority: 192\npending while disabled, fired: 0\nenabled: false fired: 1\n');
    expect(run.exitCode).toBe(0);
  });
});

describe('machine on arduino', () => {
  it('follows a button driven by the test on the LED', async () => {
    const { r, err } = await compile(path.join(BOARDS, 'button.go'), 'arduino');
    expect(err).toBe('');
    const presses = [200_000, 400_000, 600_000, 800_000];
    const changes: PinChange[] = [];
    const run = await runFirmware(r!.target, r!.outputPath, {
      maxCycles: 2_000_000,
      timeoutMs: 60_000,
      onPinChange: (c) => changes.push(c),
      onMachine: (m: AvrMachine) => {
        presses.forEach((at, i) => m.cpu.addClockEvent(() => m.ports.D.setPin(2, i % 2 === 1), at));
      },
    } as Parameters<typeof runFirmware>[2]);
    expect(run.output).toBe('changes: 4\n');
    expect(run.exitCode).toBe(0);
    expect(changes.map((c) => `${c.pin} ${c.high ? 'high' : 'low'}`)).toEqual(['D13 high', 'D13 low', 'D13 high', 'D13 low']);
    // The LED follows within a few loop iterations (well under 100 cycles), never before: the button's pull-up holds
    // it high until the first press.
    changes.forEach((c, i) => {
      expect(c.seconds * HZ - presses[i]!).toBeGreaterThanOrEqual(0);
      expect(c.seconds * HZ - presses[i]!).toBeLessThan(100);
    });
  });

  it('echoes what the UART receives through machine.Serial', async () => {
    const { r, err } = await compile(path.join(BOARDS, 'echo.go'), 'arduino');
    expect(err).toBe('');
    const input = new ByteQueue();
    input.push('hello\rquit\r');
    const run = await runFirmware(r!.target, r!.outputPath, { uartInput: input, maxCycles: 20_000_000, timeoutMs: 60_000 });
    expect(run.output).toBe(
      'Echo console enabled. Type something then press enter:\r\nhello\r\nYou typed: hello\r\nquit\r\nYou typed: quit\r\n',
    );
    expect(run.exitCode).toBe(0);
  });

  it('reads the voltages the test sets on A0 and A2, scaled to 16 bits', async () => {
    const { r, err } = await compile(path.join(BOARDS, 'adc.go'), 'arduino');
    expect(err).toBe('');
    const run = await runFirmware(r!.target, r!.outputPath, {
      maxCycles: 2_000_000,
      timeoutMs: 60_000,
      onMachine: (m: AvrMachine) => {
        m.adc.channelValues[0] = 2.5;
        m.adc.channelValues[2] = 5;
      },
    } as Parameters<typeof runFirmware>[2]);
    // 2.5 V is 512 of 1024 (512 << 6); 5 V is the full scale, 1023 << 6.
    expect(run.output).toBe('32768 65472\n');
    expect(run.exitCode).toBe(0);
  });
});
