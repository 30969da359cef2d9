// The AVR soft float (runtime/softfloat*.go) beyond what the gc-checked programs in testdata/run can show: the ABI
// it relies on, read from llc-14's own output, and the implementation-specific results (saturating out-of-range
// conversions, SSE's NaN bit patterns, which Cortex-M's libgcc does not share) on arduino. The randomized comparison
// with gc is scripts/softfloat-sweep.ts.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileAndRun } from './buildrun.ts';
import { runTool } from './tools.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-softfloat-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** avrAssembly compiles LLVM IR with llc-14 for the ATmega328P and returns each function's instructions. */
async function avrAssembly(ir: string): Promise<Map<string, string[]>> {
  const file = path.join(work, 'abi.ll');
  fs.writeFileSync(file, `target datalayout = "e-P1-p:16:8-i8:8-i16:8-i32:8-i64:8-f32:8-f64:8-n8-a:8"\ntarget triple = "avr"\n${ir}`);
  const asm = (await runTool('llc', ['-mtriple=avr', '-mcpu=atmega328p', '-O2', file, '-o', '-'])).toString('utf8');
  const fns = new Map<string, string[]>();
  let body: string[] | undefined;
  for (const line of asm.split('\n')) {
    const label = /^([a-z0-9_]+):/.exec(line);
    if (label) fns.set(label[1]!, (body = []));
    else if (body && /^\t[a-z]/.test(line)) body.push(line.trim().replace(/\s+/g, ' '));
  }
  return fns;
}

describe('soft-float ABI on AVR (llc-14)', () => {
  it('passes a double like an i64, a float like an i32, and reads a comparison result as an i8', async () => {
    // Each float function and its integer twin, which calls the helper as runtime/softfloat*.go declares it, must
    // compile to the same instructions: then the Go helper receives and returns exactly what LLVM's libcall passes.
    const fns = await avrAssembly(`
define double @fdiv(double %a, double %b) {
  %r = fdiv double %a, %b
  ret double %r
}
define i64 @idiv(i64 %a, i64 %b) {
  %r = call i64 @__divdf3(i64 %a, i64 %b)
  ret i64 %r
}
declare i64 @__divdf3(i64, i64)
define float @fsub(float %a, float %b) {
  %r = fsub float %a, %b
  ret float %r
}
define i32 @isub(i32 %a, i32 %b) {
  %r = call i32 @__subsf3(i32 %a, i32 %b)
  ret i32 %r
}
declare i32 @__subsf3(i32, i32)
define i1 @flt(double %a, double %b) {
  %r = fcmp olt double %a, %b
  ret i1 %r
}
define i1 @ilt(i64 %a, i64 %b) {
  %c = call i8 @__ltdf2(i64 %a, i64 %b)
  %r = icmp slt i8 %c, 0
  ret i1 %r
}
declare i8 @__ltdf2(i64, i64)
define i1 @fuge(float %a, float %b) {
  %r = fcmp uge float %a, %b
  ret i1 %r
}
define i1 @iuge(i32 %a, i32 %b) {
  %c = call i8 @__ltsf2(i32 %a, i32 %b)
  %r = icmp sge i8 %c, 0
  ret i1 %r
}
declare i8 @__ltsf2(i32, i32)
define i64 @ffix(double %a) {
  %r = fptosi double %a to i64
  ret i64 %r
}
define i64 @ifix(i64 %a) {
  %r = call i64 @__fixdfdi(i64 %a)
  ret i64 %r
}
declare i64 @__fixdfdi(i64)
`);
    for (const [f, i] of [['fdiv', 'idiv'], ['fsub', 'isub'], ['ffix', 'ifix']] as const) {
      expect(fns.get(f), f).toBeDefined();
      expect(fns.get(f), `${f} vs ${i}`).toEqual(fns.get(i));
    }
    expect(fns.get('fdiv')).toEqual(['call __divdf3', 'ret']);
    // A comparison helper is called with its operands where they arrive (nothing moves before the call), and only
    // r24 of its result is read: r25, the high byte of a wider result, is written before it is read.
    for (const [f, i, helper] of [['flt', 'ilt', '__ltdf2'], ['fuge', 'iuge', '__ltsf2']] as const) {
      for (const name of [f, i]) expect(fns.get(name)?.[0], name).toBe(`call ${helper}`);
      const after = fns.get(f)!.slice(1);
      const firstR25 = after.find((ins) => /\br25\b/.test(ins));
      expect(firstR25, f).toMatch(/^(mov|ldi|clr|eor|lds|ld|ldd) r25,/);
    }
  });
});

describe('soft float on arduino', () => {
  it('saturates out-of-range float-to-integer conversions, converts NaN to 0, and gives SSE NaN bit patterns', async () => {
    const file = path.join(work, 'special.go');
    fs.writeFileSync(
      file,
      `package main

import "unsafe"

var vals = [...]uint64{
	0x7ff8000000000000, // NaN
	0xfff0000000000000, // -Inf
	0x7ff0000000000000, // +Inf
	0x43e0000000000000, // 2^63
	0xc3e0000000000001, // below -2^63
	0x43f0000000000000, // 2^64
	0x41e0000000000000, // 2^31
	0xc1e0000000200000, // -2^31 - 1
	0x41f0000000000000, // 2^32
	0xbff0000000000000, // -1
}

var nans = [...]uint64{0x7ff0000000000000, 0, 0x7ff4000000000001, 0xfff8000000000002, 0x3ff0000000000000}

func f64(b uint64) float64    { return *(*float64)(unsafe.Pointer(&b)) }
func bits64(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }
func bits32(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }

// opaque is 0 (GPIOR0 after reset) but unknown to the optimiser, which would otherwise fold the operations on the
// static tables at compile time, with LLVM's own NaN.
var opaque = uint64(*(*uint8)(unsafe.Pointer(uintptr(0x3e))))

func main() {
	for i := range nans {
		nans[i] ^= opaque
	}
	for i := 0; i < len(vals); i++ {
		x := f64(vals[i] ^ opaque)
		y := float32(x)
		println(int64(x), uint64(x), int32(x), uint32(x), int64(y), uint64(y), int32(y), uint32(y))
	}
	inf, zero, snan, qnan, one := f64(nans[0]), f64(nans[1]), f64(nans[2]), f64(nans[3]), f64(nans[4])
	println(bits64(inf-inf), bits64(zero*inf), bits64(zero/zero), bits64(inf/inf))
	println(bits64(snan+one), bits64(one-snan), bits64(qnan*one), bits64(one/qnan), bits64(snan-qnan))
	println(bits32(float32(snan)), bits32(float32(qnan)), bits64(float64(float32(snan))), bits64(-snan))
	println(bits32(float32(inf)-float32(inf)), bits32(float32(snan)*float32(one)))
}
`,
    );
    const r = await compileAndRun(file, 'arduino', work);
    const min64 = '-9223372036854775808';
    const max64 = '9223372036854775807';
    const minMax64 = `${min64} 0 -2147483648 0`;
    const maxMax64 = `${max64} 18446744073709551615 2147483647 4294967295`;
    expect(r.output).toBe(
      [
        '0 0 0 0 0 0 0 0', // NaN converts to 0
        `${minMax64} ${minMax64}`, // -Inf: the minimum, 0 for unsigned types
        `${maxMax64} ${maxMax64}`, // +Inf: the maximum
        `${max64} 9223372036854775808 2147483647 4294967295 ${max64} 9223372036854775808 2147483647 4294967295`,
        `${minMax64} ${minMax64}`,
        `${maxMax64} ${maxMax64}`,
        '2147483648 2147483648 2147483647 2147483648 2147483648 2147483648 2147483647 2147483648',
        '-2147483649 0 -2147483648 0 -2147483648 0 -2147483648 0', // float32(-2^31-1) rounds to -2^31
        '4294967296 4294967296 2147483647 4294967295 4294967296 4294967296 2147483647 4294967295',
        '-1 0 -1 0 -1 0 -1 0',
        // Invalid operations give the default NaN 0xfff8000000000000 (0xffc00000 as float32).
        '18444492273895866368 18444492273895866368 18444492273895866368 18444492273895866368',
        // A NaN operand comes out quiet with its sign and payload: the first one when both are NaNs.
        '9222246136947933185 9222246136947933185 18444492273895866370 18444492273895866370 9222246136947933185',
        // float64 -> float32 keeps the top payload bits, float32 -> float64 extends them, negation flips the sign only.
        '2145386496 4290772992 9222246136947933184 18443366373989023745',
        '4290772992 2145386496',
        '',
      ].join('\n'),
    );
    expect(r.exitCode).toBe(0);
  });
});
