// The AVR runner: executes an ATmega328P firmware in-process with avr8js. The flash image comes from the ELF's
// program headers; the simulated chip has UART0 (bytes go to the output exactly as transmitted), the ADC, timers 0-2, the clock
// prescaler and GPIO ports B, C and D (exposed to hooks, e.g. to watch a blinky). The program has finished when the CPU
// is about to execute `sleep` with interrupts disabled (what runtime.exit does); the exit code is then in r24, and
// the result carries the number of cycles simulated up to that point. A runaway program is stopped after a cycle
// budget or a wall-clock timeout, whichever comes first.

import * as fs from 'node:fs';
import {
  adcConfig,
  AVRADC,
  AVRClock,
  AVRIOPort,
  AVRTimer,
  AVRUSART,
  avrInstruction,
  clockConfig,
  CPU,
  portBConfig,
  portCConfig,
  portDConfig,
  timer0Config,
  timer1Config,
  timer2Config,
  usart0Config,
} from 'avr8js';
import { UserError } from '../diag.ts';
import type { ResolvedTarget } from '../target/target.ts';
import { arduinoPinName, type ByteQueue, type PinChange } from './boardio.ts';
import { EM_AVR, flashImage, parseElf } from './elf.ts';
import { FAULT_EXIT_CODE, type RunOptions, type RunResult } from './result.ts';
import { SimSession } from './simsession.ts';

/** AVR_SLEEP is the opcode of the `sleep` instruction. */
const AVR_SLEEP = 0x9588;

/** AVR_DATA_BASE is where the AVR ELF data address space starts; segments there are RAM, not flash. */
const AVR_DATA_BASE = 0x800000;

/** DEFAULT_MAX_CYCLES bounds a run when the caller gives no budget (about 62 s of simulated time at 16 MHz). */
export const DEFAULT_MAX_CYCLES = 1_000_000_000;

/** AvrMachine is the simulated chip, for hooks that want to look at or poke the peripherals. */
export interface AvrMachine {
  cpu: CPU;
  usart: AVRUSART;
  /** adc is the analog converter; a test sets the inputs' voltages in adc.channelValues (volts, AVCC = 5). */
  adc: AVRADC;
  ports: { B: AVRIOPort; C: AVRIOPort; D: AVRIOPort };
}

/** AvrRunOptions extends RunOptions with a hook called once the machine is built, before the first instruction. */
export interface AvrRunOptions extends RunOptions {
  onMachine?: (m: AvrMachine) => void;
}

/** createAvrMachine loads a flash image into a fresh simulated ATmega328P-like chip. */
export function createAvrMachine(flash: Uint8Array, ramSize: number, frequency: number): AvrMachine {
  const prog = new Uint16Array(flash.length / 2);
  for (let i = 0; i < prog.length; i++) prog[i] = flash[2 * i]! | (flash[2 * i + 1]! << 8);
  const cpu = new CPU(prog, ramSize);
  new AVRClock(cpu, frequency, clockConfig);
  new AVRTimer(cpu, timer0Config);
  new AVRTimer(cpu, timer1Config);
  new AVRTimer(cpu, timer2Config);
  const usart = new AVRUSART(cpu, usart0Config, frequency);
  const adc = new AVRADC(cpu, adcConfig);
  const ports = { B: new AVRIOPort(cpu, portBConfig), C: new AVRIOPort(cpu, portCConfig), D: new AVRIOPort(cpu, portDConfig) };
  return { cpu, usart, adc, ports };
}

/** runAvr runs the ELF at elfPath on the simulated chip described by target. */
export async function runAvr(target: ResolvedTarget, elfPath: string, opts: AvrRunOptions): Promise<RunResult> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(elfPath);
  } catch (e) {
    throw new UserError(`cannot read ${elfPath}: ${(e as Error).message}`);
  }
  const elf = parseElf(bytes, elfPath);
  if (elf.machine !== EM_AVR) throw new UserError(`${elfPath}: not an AVR ELF file (e_machine ${elf.machine})`);
  const flashSize = target.flashSize ?? 32768;
  const machine = createAvrMachine(
    flashImage(elf, flashSize, AVR_DATA_BASE, elfPath),
    target.ramSize ?? 2048,
    target.cpuFrequency ?? 16_000_000,
  );
  const { cpu, usart } = machine;
  const frequency = target.cpuFrequency ?? 16_000_000;
  const run = new SimSession(opts, frequency, DEFAULT_MAX_CYCLES, () => cpu.cycles);
  usart.onByteTransmit = (b: number) => run.byte(b);
  modelPullUps(machine);
  opts.onMachine?.(machine);
  watchPins(machine, frequency, opts.onPinChange);
  const progWords = cpu.progMem.length;
  const chunk = 200_000;

  for (;;) {
    const stop = Math.min(cpu.cycles + chunk, run.maxCycles);
    while (cpu.cycles < stop) {
      if (opts.uartInput && opts.uartInput.length > 0) feedUart(machine, opts.uartInput);
      if (cpu.progMem[cpu.pc] === AVR_SLEEP && !cpu.interruptsEnabled) {
        return run.result(cpu.data[24]!, false);
      }
      if (cpu.pc >= progWords) {
        return run.result(FAULT_EXIT_CODE, false, `tsgo: program counter out of flash (0x${(cpu.pc * 2).toString(16)})`);
      }
      avrInstruction(cpu);
      cpu.tick();
    }
    const ended = run.afterChunk();
    if (ended) return ended;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/**
 * modelPullUps completes avr8js's pins, whose input reads only what the test drives (low otherwise): a pin that
 * becomes an input with its pull-up on (DDR bit clear, PORT bit set) reads high, as on the chip. A level the test drove
 * before is overridden then; one it drives later wins.
 */
function modelPullUps(m: AvrMachine): void {
  for (const port of Object.values(m.ports)) {
    const { DDR, PORT } = port.portConfig;
    const pulledUp = (): number => ~m.cpu.data[DDR]! & m.cpu.data[PORT]! & 0xff;
    let before = pulledUp();
    port.addListener(() => {
      const now = pulledUp();
      for (let bit = 0; bit < 8; bit++) if (now & ~before & (1 << bit)) port.setPin(bit, true);
      before = now;
    });
  }
}

/**
 * watchPins reports the level changes of the output pins of ports B, C and D (a pin is an output while its DDR bit
 * is set), named as on the Arduino Uno and Nano.
 */
function watchPins(m: AvrMachine, frequency: number, onChange: ((c: PinChange) => void) | undefined): void {
  if (!onChange) return;
  for (const name of ['B', 'C', 'D'] as const) {
    const port = m.ports[name];
    port.addListener((value, old) => {
      const ddr = m.cpu.data[port.portConfig.DDR]!;
      for (let bit = 0; bit < 8; bit++) {
        const mask = 1 << bit;
        const pin = arduinoPinName(name, bit);
        if ((value ^ old) & mask && ddr & mask && pin) onChange({ seconds: m.cpu.cycles / frequency, pin, high: (value & mask) !== 0 });
      }
    });
  }
}

/** UCSR0A's RXC0 bit: a received byte waits in UDR0. */
const RXC0 = 0x80;

/**
 * feedUart hands the UART's receiver the next queued byte once the previous one has been read (RXC0 clear) and the
 * line is idle: the simulated sender waits for the program, as flow control would, so piped input is never lost.
 */
function feedUart(m: AvrMachine, queue: ByteQueue): void {
  if (m.usart.rxBusy || m.cpu.data[usart0Config.UCSRA]! & RXC0) return;
  const b = queue.shift();
  if (b !== undefined && m.usart.writeByte(b) === false) queue.unshift(b);
}
