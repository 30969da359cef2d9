// Cycle measurements for `npm run bench`: runs an AVR ELF (tsgo's or avr-gcc's) in the avr8js runner and reports the
// whole program's simulated cycles, the cycles between the program's two markers, and for tsgo programs the bytes of
// heap the program took. A marker is a write to GPIOR0 (data address 0x3e), a general-purpose I/O register that no
// simulated peripheral uses: the benchmark programs write 1 just before their hot loop and 2 just after it, and the
// hook records the cycle count at each write. The count is taken when the writing instruction starts, so the loop
// figure covers the first marker's store and everything up to (not including) the second's. Also builds the C
// equivalents with avr-gcc -Os and reads their sizes with avr-size, and runs the board programs, which never end, for
// a stretch of simulated time (runBoard) so that the bench can check that the C program does what tsgo's does.

import { execFileSync } from 'node:child_process';
import { runTool } from '../compiler/build/tools.ts';
import { ByteQueue, traceLine, type PinChange } from '../compiler/run/boardio.ts';
import { runFirmware } from '../compiler/run/run.ts';
import { loadTarget } from '../compiler/target/target.ts';

/** GPIOR0 is the data-space address of the marker register. */
export const GPIOR0 = 0x3e;

/** AVR_DATA_BASE is where data-space addresses start in an AVR ELF's symbol table. */
const AVR_DATA_BASE = 0x800000;

/** CycleReport is what one run measured. */
export interface CycleReport {
  exitCode: number;
  output: string;
  /** cycles is the whole program's count, from reset to its final `sleep`. */
  cycles: number;
  /** loopCycles is the count from marker 1 to marker 2, when the program wrote both (in that order). */
  loopCycles?: number;
  /** marks are every marker write: the value written and the cycle count when its store started. */
  marks: { value: number; cycles: number }[];
  /**
   * heapUsed is the bytes tsgo's allocator handed out: runtime.collector.totalAlloc under the garbage collector (in whole
   * 8-byte blocks), runtime.heapPtr - _heap_start under -gc=leaking (0 when the program has no allocator), for tsgo
   * programs only.
   */
  heapUsed?: number;
}

/** symbolAddresses returns the addresses of the named symbols in an ELF that defines them. */
async function symbolAddresses(elf: string, names: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const text = (await runTool('llvm-nm', [elf])).toString('utf8');
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]+) \S (.+)$/.exec(line);
    if (m && names.includes(m[2]!)) out.set(m[2]!, parseInt(m[1]!, 16));
  }
  return out;
}

/** measureCycles runs the ELF on the arduino target in avr8js and returns its cycle counts and output. */
export async function measureCycles(elf: string, maxCycles = 50_000_000): Promise<CycleReport> {
  const marks: { value: number; cycles: number }[] = [];
  let data: Uint8Array | undefined;
  const r = await runFirmware(loadTarget('arduino'), elf, {
    maxCycles,
    timeoutMs: 60_000,
    onAvrMachine: (m) => {
      data = m.cpu.data;
      m.cpu.writeHooks[GPIOR0] = (value) => {
        marks.push({ value, cycles: m.cpu.cycles });
        return false; // the register keeps the value, as on the chip
      };
    },
  });
  if (r.timedOut || r.cycles === undefined) throw new Error(`${elf}: ${r.message ?? 'no cycle count'}`);
  const report: CycleReport = { exitCode: r.exitCode, output: r.output, cycles: r.cycles, marks };
  const start = marks.findIndex((m) => m.value === 1);
  const end = marks.findIndex((m, i) => i > start && m.value === 2);
  if (start >= 0 && end >= 0) report.loopCycles = marks[end]!.cycles - marks[start]!.cycles;
  const syms = await symbolAddresses(elf, ['runtime.heapPtr', '_heap_start', 'runtime.collector']);
  const ptr = syms.get('runtime.heapPtr');
  const heapStart = syms.get('_heap_start');
  const total = syms.get('runtime.collector');
  if (total !== undefined && data) {
    // The garbage collector's count of the bytes it handed out: runtime.collector.totalAlloc, its first field (32 bits
    // on AVR).
    const p = total - AVR_DATA_BASE;
    report.heapUsed = (data[p]! | (data[p + 1]! << 8) | (data[p + 2]! << 16)) + data[p + 3]! * 2 ** 24;
  } else if (heapStart !== undefined && data) {
    // tsgo's linker script defines _heap_start; runtime.heapPtr exists only when something allocates.
    const p = ptr === undefined ? 0 : ptr - AVR_DATA_BASE;
    const next = ptr === undefined ? 0 : data[p]! | (data[p + 1]! << 8); // 0 until the first allocation
    report.heapUsed = next === 0 ? 0 : next - (heapStart - AVR_DATA_BASE);
  }
  return report;
}

/** AvrGccSize is the size of an avr-gcc build: flash is text + data, ram is data + bss. */
export interface AvrGccSize {
  flash: number;
  ram: number;
}

/** buildAvrGcc compiles the C program src with avr-gcc -Os for the ATmega328P into elf and returns its size. */
export function buildAvrGcc(src: string, elf: string): AvrGccSize {
  execFileSync('avr-gcc', ['-Os', '-mmcu=atmega328p', '-o', elf, src]);
  const out = execFileSync('avr-size', [elf], { encoding: 'utf8' }).split('\n')[1]!.trim().split(/\s+/).map(Number);
  const [text, data, bss] = out as [number, number, number];
  return { flash: text + data, ram: data + bss };
}

/** BoardRun is what a board program (one that never ends) did in a stretch of simulated time. */
export interface BoardRun {
  output: string;
  /** edges are the output pins' changes, as -trace-pins reports them. */
  edges: PinChange[];
}

/** runBoard runs an AVR ELF on the arduino target for simTimeNs of simulated time, its UART receiving input. */
export async function runBoard(elf: string, simTimeNs: number, input = ''): Promise<BoardRun> {
  const edges: PinChange[] = [];
  const uartInput = new ByteQueue();
  uartInput.push(input);
  const r = await runFirmware(loadTarget('arduino'), elf, { simTimeNs, uartInput, timeoutMs: 120_000, onPinChange: (c) => edges.push(c) });
  if (r.timedOut || r.exitCode !== 0) throw new Error(`${elf}: ${r.message ?? `exit code ${r.exitCode}`} before ${simTimeNs / 1e9} s`);
  return { output: r.output, edges };
}

/**
 * boardDifference says how two board runs differ, or returns undefined when they did the same: the same output, and
 * the same pin changes in the same order, each at the same time within 1%.
 */
export function boardDifference(a: BoardRun, b: BoardRun): string | undefined {
  if (a.output !== b.output) return `output ${JSON.stringify(a.output)} against ${JSON.stringify(b.output)}`;
  const trace = (r: BoardRun): string => r.edges.map(traceLine).join(', ');
  const same = (x: PinChange, y: PinChange): boolean =>
    x.pin === y.pin && x.high === y.high && Math.abs(x.seconds - y.seconds) <= 0.01 * Math.max(x.seconds, y.seconds);
  if (a.edges.length !== b.edges.length || a.edges.some((e, i) => !same(e, b.edges[i]!))) return `pins ${trace(a)} against ${trace(b)}`;
  return undefined;
}
