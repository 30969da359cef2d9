// Flash and cycle costs of the AVR soft float (runtime/softfloat*.go), run by hand:
// `node --import tsx scripts/softfloat-bench.ts`. Every measurement is a small generated program built for arduino.
//
// Flash: the program's flash (code + data) minus that of the same program without float operations, for programs
// using one operation, the four float64 arithmetic operations with a comparison, their float32 counterparts, the
// conversions, and every helper; and the size of the soft-float code itself in each (the rest is the program's own
// code for calling it). (The loops run long enough that LLVM does not evaluate them at compile time; every
// program measured must contain a soft-float helper, which is checked.)
//
// Cycles: a loop of N iterations, each applying the operation to the loop-carried accumulator and an operand that
// changes every iteration, run in avr8js for N and 2N iterations; the difference divided by N, minus the same for
// the loop with an integer xor in place of the operation, is the cost of one operation (call included).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileProgram } from '../compiler/build/buildrun.ts';
import { measureSize } from '../compiler/build/size.ts';
import { runFirmware } from '../compiler/run/run.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-sfbench-'));

const PRELUDE = `package main

import "unsafe"

var seeds = [4]uint64{0x3ff0000000000001, 0x3ff0000000000003, 0x3f800001, 0x3f800003}

func f64(b uint64) float64    { return *(*float64)(unsafe.Pointer(&b)) }
func bits64(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }
func f32(b uint32) float32    { return *(*float32)(unsafe.Pointer(&b)) }
func bits32(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }
`;

/** program returns a Go program whose loop body is body, run n times; acc, x (float64), acc32, x32 and k exist. */
function program(body: string, n: number): string {
  return `${PRELUDE}
func main() {
	acc, x := f64(seeds[0]), f64(seeds[1])
	acc32, x32 := f32(uint32(seeds[2])), f32(uint32(seeds[3]))
	var k int64
	for i := 0; i < ${n}; i++ {
		x = f64(bits64(x) + 1)
		x32 = f32(bits32(x32) + 1)
		${body}
	}
	println(bits64(acc), bits32(acc32), k)
}
`;
}

const BASE = 'acc = f64(bits64(acc) ^ bits64(x)); acc32 = f32(bits32(acc32) ^ bits32(x32))';

/** CYCLE_OPS maps an operation to its loop body. */
const CYCLE_OPS: Record<string, string> = {
  'float64 +': 'acc = acc + x',
  'float64 -': 'acc = acc - x',
  'float64 *': 'acc = acc * x',
  'float64 /': 'acc = acc / x',
  'float64 <': 'if acc < x { k++ }; acc = f64(bits64(acc) ^ bits64(x))',
  'float32 +': 'acc32 = acc32 + x32',
  'float32 *': 'acc32 = acc32 * x32',
  'float32 /': 'acc32 = acc32 / x32',
  'int64(float64)': 'k += int64(x)',
  'float64(int64)': 'acc = f64(bits64(acc) ^ bits64(float64(k))); k += 12345678901',
  'float32(float64)': 'acc32 = f32(bits32(acc32) ^ bits32(float32(x)))',
};

/** SIZE_OPS maps a size measurement to the loop body of a program that uses those operations. */
const SIZE_OPS: Record<string, string> = {
  'float64 +': 'acc = acc + x',
  'float64 *': 'acc = acc * x',
  'float64 /': 'acc = acc / x',
  'float64 <': 'if acc < x { k++ }',
  'float64 + - * / <': 'acc = (acc + x) * x / (x - acc); if acc < x { k++ }',
  'float32 + - * / <': 'acc32 = (acc32 + x32) * x32 / (x32 - acc32); if acc32 < x32 { k++ }',
  conversions:
    'k += int64(x) + int64(uint64(x)) + int64(int32(x32)); ' +
    'acc = f64(bits64(acc) ^ bits64(float64(k)) ^ bits64(float64(uint32(k)))); acc32 = f32(bits32(acc32) ^ bits32(float32(acc)))',
  'every helper':
    'acc = (acc + x) * x / (x - acc); acc32 = (acc32 + x32) * x32 / (x32 - acc32); ' +
    'if acc < x { k++ }; if acc <= x { k += 2 }; if acc > x { k += 3 }; if acc >= x { k += 4 }; if acc == x { k += 5 }; if acc != x { k += 6 }; ' +
    'if !(acc < x) { k += 7 }; if acc != acc { k += 8 }; ' +
    'if acc32 < x32 { k++ }; if acc32 <= x32 { k += 2 }; if acc32 > x32 { k += 3 }; if acc32 >= x32 { k += 4 }; if acc32 == x32 { k += 5 }; if acc32 != x32 { k += 6 }; ' +
    'if !(acc32 < x32) { k += 7 }; if acc32 != acc32 { k += 8 }; ' +
    'k += int64(x) + int64(uint64(x)) + int64(int32(x)) + int64(uint32(x)) + int64(acc32) + int64(uint64(acc32)) + int64(int32(acc32)) + int64(uint32(acc32)); ' +
    'acc = f64(bits64(acc) ^ bits64(float64(k)) ^ bits64(float64(uint64(k))) ^ bits64(float64(int32(k))) ^ bits64(float64(uint32(k))) ^ bits64(float64(acc32))); ' +
    'acc32 = f32(bits32(acc32) ^ bits32(float32(k)) ^ bits32(float32(uint64(k))) ^ bits32(float32(int32(k))) ^ bits32(float32(uint32(k))) ^ bits32(float32(acc)))',
};

let counter = 0;

/** build writes and builds a program, returning the ELF path. */
async function build(source: string): Promise<string> {
  const name = `p${counter++}`;
  const file = path.join(work, `${name}.go`);
  fs.writeFileSync(file, source);
  const elf = path.join(work, `${name}.elf`);
  const { result, diagnostics, error } = await compileProgram(file, 'arduino', elf);
  if (!result) throw new Error(`${diagnostics}${error instanceof Error ? error.message : String(error)}\n${source}`);
  return elf;
}

/** HELPER matches the name of a soft-float helper. */
const HELPER = /^__(add|sub|mul|div|eq|ne|lt|le|gt|ge|unord|fix|float|extend|trunc)\w*[sd]f\w*$/;

/** INTERNAL matches the runtime's soft-float internals and the libgcc shifts they call. */
const INTERNAL =
  /^(runtime\.(unpack\w*|pack\w*|round|normalize|leadingZeros|shiftRightSticky|setInvalid|pickNaN|add|mul|mulSignificands|div|fcmp\w*|order|unord|fromInt\w*|truncMag|toSigned|toUnsigned)|__(ashl|lshr|ashr)di3)$/;

/** flash builds a program and returns its flash size, the soft-float helpers it contains and their total size. */
async function flash(source: string): Promise<{ flash: number; helpers: string[]; code: number }> {
  const r = await measureSize(await build(source), true);
  const soft = r.symbols.filter((s) => HELPER.test(s.name) || INTERNAL.test(s.name));
  return {
    flash: r.flash,
    helpers: r.symbols.map((s) => s.name).filter((n) => HELPER.test(n)).sort(),
    code: soft.reduce((sum, s) => sum + s.size, 0),
  };
}

async function cycles(source: string, floats: boolean): Promise<number> {
  const elf = await build(source);
  const helpers = (await measureSize(elf, true)).symbols.filter((s) => HELPER.test(s.name));
  if (floats !== helpers.length > 0) throw new Error(`expected ${floats ? 'a' : 'no'} soft-float helper in\n${source}`);
  const { loadTarget } = await import('../compiler/target/target.ts');
  let cpu: { cycles: number } | undefined;
  const r = await runFirmware(loadTarget('arduino'), elf, { onAvrMachine: (m) => (cpu = m.cpu) });
  if (r.exitCode !== 0) throw new Error(`run failed: ${r.message ?? r.exitCode}`);
  return cpu!.cycles;
}

/** perIteration returns the cycles one iteration of the loop with body costs. */
async function perIteration(body: string, n: number, floats = true): Promise<number> {
  return ((await cycles(program(body, 2 * n), floats)) - (await cycles(program(body, n), floats))) / n;
}

async function main(): Promise<void> {
  try {
    const n = 1000;
    const base = await flash(program(BASE, n));
    if (base.helpers.length > 0) throw new Error('the baseline program uses soft float');
    console.log(`flash bytes added on arduino (baseline program without floats: ${base.flash} bytes)`);
    for (const [name, body] of Object.entries(SIZE_OPS)) {
      const r = await flash(program(`${BASE}; ${body}`, n));
      if (r.helpers.length === 0) throw new Error(`no soft-float helper left in the ${name} program`);
      console.log(
        `  ${name.padEnd(20)} ${String(r.flash - base.flash).padStart(6)}  (soft-float code ${r.code}; ` +
          `${r.helpers.length} helpers: ${r.helpers.join(' ')})`,
      );
    }
    const loop = await perIteration(BASE, n, false);
    console.log(`cycles per operation on arduino (avr8js, 16 MHz), call included`);
    for (const [name, body] of Object.entries(CYCLE_OPS)) {
      const c = (await perIteration(`${BASE}; ${body}`, n)) - loop;
      console.log(`  ${name.padEnd(20)} ${c.toFixed(0).padStart(6)}  (${(c / 16).toFixed(0)} µs)`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
