// Hand-written LLVM IR test programs for the link and run tests, generated per target so that one body serves AVR
// (functions in address space 1, 16-bit pointers and C int), Cortex-M and the host. The programs use only the startup
// code's platform hooks (runtime.putchar, runtime.exit, runtime.heapStart/heapEnd) and the weak memory helpers, and
// they read their data through volatile loads or external globals so that opt cannot fold the work away.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ResolvedTarget } from '../../target/target.ts';

/** IrDialect holds the target-dependent spellings a program body uses. */
export interface IrDialect {
  /** as is ` addrspace(1)` on AVR (for definitions and calls), else empty. */
  as: string;
  /** iptr is the pointer-sized integer type (size_t). */
  iptr: string;
  /** cint is C's int (the type of memset's value argument). */
  cint: string;
}

/** dialectFor returns the IR spellings for a target. */
export function dialectFor(t: ResolvedTarget): IrDialect {
  const avr = t.llvmTarget === 'avr';
  return { as: avr ? ' addrspace(1)' : '', iptr: `i${t.ptrSize * 8}`, cint: avr ? 'i16' : 'i32' };
}

/** irModule wraps a body (using {AS}, {IPTR}, {CINT} placeholders) with the header, declarations and a print helper. */
export function irModule(t: ResolvedTarget, body: string): string {
  const d = dialectFor(t);
  const text = `
target datalayout = "${t.dataLayout}"
target triple = "${t.llvmTarget}"

declare void @runtime.putchar(i8){AS} nounwind
declare void @runtime.exit(i32){AS} nounwind
declare {IPTR} @runtime.heapStart(){AS} nounwind
declare {IPTR} @runtime.heapEnd(){AS} nounwind
declare i8* @memcpy(i8*, i8*, {IPTR}){AS} nounwind
declare i8* @memmove(i8*, i8*, {IPTR}){AS} nounwind
declare i8* @memset(i8*, {CINT}, {IPTR}){AS} nounwind

define void @print(i8* %s){AS} nounwind {
entry:
  br label %loop
loop:
  %p = phi i8* [%s, %entry], [%next, %body]
  %c = load volatile i8, i8* %p
  %z = icmp eq i8 %c, 0
  br i1 %z, label %done, label %body
body:
  call{AS} void @runtime.putchar(i8 %c)
  %next = getelementptr i8, i8* %p, {IPTR} 1
  br label %loop
done:
  ret void
}
${body}`;
  return text.replaceAll('{AS}', d.as).replaceAll('{IPTR}', d.iptr).replaceAll('{CINT}', d.cint);
}

/** HELLO prints "hello\n" from an initialised global (so .data must be copied) and exits with code 3. */
export const HELLO = `
@msg = global [7 x i8] c"hello\\0A\\00"

define void @main(){AS} nounwind {
  call{AS} void @print(i8* getelementptr ([7 x i8], [7 x i8]* @msg, i32 0, i32 0))
  call{AS} void @runtime.exit(i32 3)
  unreachable
}
`;

/**
 * MEMORY checks the startup code's promises and the memory helpers: .bss and the whole heap are zero, the heap
 * bounds are ordered, memmove handles overlap, memcpy and memset work. It prints "ok\naabcdef\nok\nxxx\n" and returns
 * from main (so the startup code's exit 0 path is taken); a broken promise prints a message and exits with 1.
 */
export const MEMORY = `
@greeting = global [4 x i8] c"ok\\0A\\00"
@zeros = global [32 x i8] zeroinitializer
@buf = global [9 x i8] c"abcdefg\\0A\\00"
@buf2 = global [4 x i8] zeroinitializer
@buf3 = global [5 x i8] c"...\\0A\\00"
@dirty = global [11 x i8] c"bss dirty\\0A\\00"
@heapdirty = global [12 x i8] c"heap dirty\\0A\\00"
@heaporder = global [12 x i8] c"heap order\\0A\\00"

define void @fail(i8* %m){AS} nounwind {
  call{AS} void @print(i8* %m)
  call{AS} void @runtime.exit(i32 1)
  unreachable
}

define void @main(){AS} nounwind {
entry:
  br label %zloop
zloop:
  %i = phi {IPTR} [0, %entry], [%i1, %zbody]
  %zdone = icmp eq {IPTR} %i, 32
  br i1 %zdone, label %heap, label %zbody
zbody:
  %zp = getelementptr [32 x i8], [32 x i8]* @zeros, {IPTR} 0, {IPTR} %i
  %zv = load volatile i8, i8* %zp
  %i1 = add {IPTR} %i, 1
  %zok = icmp eq i8 %zv, 0
  br i1 %zok, label %zloop, label %bssbad
bssbad:
  call{AS} void @fail(i8* getelementptr ([11 x i8], [11 x i8]* @dirty, i32 0, i32 0))
  unreachable
heap:
  %hs = call{AS} {IPTR} @runtime.heapStart()
  %he = call{AS} {IPTR} @runtime.heapEnd()
  %ordered = icmp ult {IPTR} %hs, %he
  br i1 %ordered, label %hloop, label %orderbad
orderbad:
  call{AS} void @fail(i8* getelementptr ([12 x i8], [12 x i8]* @heaporder, i32 0, i32 0))
  unreachable
hloop:
  %a = phi {IPTR} [%hs, %heap], [%a1, %hbody]
  %hdone = icmp eq {IPTR} %a, %he
  br i1 %hdone, label %mem, label %hbody
hbody:
  %hp = inttoptr {IPTR} %a to i8*
  %hv = load volatile i8, i8* %hp
  store volatile i8 85, i8* %hp
  %a1 = add {IPTR} %a, 1
  %hok = icmp eq i8 %hv, 0
  br i1 %hok, label %hloop, label %heapbad
heapbad:
  call{AS} void @fail(i8* getelementptr ([12 x i8], [12 x i8]* @heapdirty, i32 0, i32 0))
  unreachable
mem:
  call{AS} void @print(i8* getelementptr ([4 x i8], [4 x i8]* @greeting, i32 0, i32 0))
  %b0 = getelementptr [9 x i8], [9 x i8]* @buf, i32 0, i32 0
  %b1 = getelementptr [9 x i8], [9 x i8]* @buf, i32 0, i32 1
  call{AS} i8* @memmove(i8* %b1, i8* %b0, {IPTR} 6)
  call{AS} void @print(i8* %b0)
  %c0 = getelementptr [4 x i8], [4 x i8]* @buf2, i32 0, i32 0
  call{AS} i8* @memcpy(i8* %c0, i8* getelementptr ([4 x i8], [4 x i8]* @greeting, i32 0, i32 0), {IPTR} 4)
  call{AS} void @print(i8* %c0)
  %d0 = getelementptr [5 x i8], [5 x i8]* @buf3, i32 0, i32 0
  call{AS} i8* @memset(i8* %d0, {CINT} 120, {IPTR} 3)
  call{AS} void @print(i8* %d0)
  ret void
}
`;

/** MEMORY_OUTPUT is what MEMORY prints. */
export const MEMORY_OUTPUT = 'ok\naabcdef\nok\nxxx\n';

/** SPIN never finishes: it stores to a global forever. */
export const SPIN = `
@counter = global i32 0

define void @main(){AS} nounwind {
entry:
  br label %loop
loop:
  %v = load volatile i32, i32* @counter
  %v1 = add i32 %v, 1
  store volatile i32 %v1, i32* @counter
  br label %loop
}
`;

/** TRAP prints "x" then executes llvm.trap (a HardFault on Cortex-M). */
export const TRAP = `
declare void @llvm.trap() nounwind

define void @main(){AS} nounwind {
  call{AS} void @runtime.putchar(i8 120)
  call void @llvm.trap()
  unreachable
}
`;

/** BIG_DATA has an initialised global of `n` bytes, to overflow a small RAM. */
export function bigData(n: number): string {
  return `
@big = global [${n} x i8] c"${'\\01'.repeat(n)}"

define void @main(){AS} nounwind {
  %p = getelementptr [${n} x i8], [${n} x i8]* @big, i32 0, i32 7
  %v = load volatile i8, i8* %p
  call{AS} void @runtime.putchar(i8 %v)
  ret void
}
`;
}

/** writeProgram writes the IR for `body` on target t to dir/name.ll and returns its path. */
export function writeProgram(dir: string, name: string, t: ResolvedTarget, body: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const p = path.join(dir, `${name}-${t.name}.ll`);
  fs.writeFileSync(p, irModule(t, body));
  return p;
}

/** ArithCheck is one operation checked by arith(): `op ty a, b` must equal `want`. */
type ArithCheck = [ty: string, op: string, a: string, b: string, want: string];

const INT_CHECKS: ArithCheck[] = [
  ['i32', 'mul', '100000', '7', '700000'],
  ['i32', 'udiv', '100000', '7', '14285'],
  ['i32', 'urem', '100000', '7', '5'],
  ['i32', 'sdiv', '-100000', '7', '-14285'],
  ['i32', 'srem', '-100000', '7', '-5'],
  ['i64', 'mul', '1000000007', '998244353', String((1000000007n * 998244353n) & ((1n << 64n) - 1n))],
  ['i64', 'udiv', '1000000000007', '12345', String(1000000000007n / 12345n)],
  ['i64', 'urem', '1000000000007', '12345', String(1000000000007n % 12345n)],
  ['i64', 'sdiv', '-1000000000007', '12345', String(-1000000000007n / 12345n)],
  ['i64', 'srem', '-1000000000007', '12345', String(-1000000000007n % 12345n)],
];

const FLOAT_CHECKS: ArithCheck[] = [
  ['float', 'fmul', '1.5', '2.25', '3.375'],
  ['float', 'fdiv', '7.0', '2.0', '3.5'],
  ['float', 'fadd', '0.5', '0.25', '0.75'],
  ['float', 'fsub', '0.5', '2.0', '-1.5'],
];

const DOUBLE_CHECKS: ArithCheck[] = FLOAT_CHECKS.map(([, op, a, b, want]) => ['double', op, a, b, want]);

/**
 * arith checks 32- and 64-bit integer arithmetic and, with `floats`, float32 and float64 arithmetic, which need the
 * targets' helper libraries (libgcc, the startup code's 64-bit division on AVR). Operands are loaded from globals with volatile loads. It
 * prints one `.` per passing check (`F` for a failure) and a newline.
 */
export function arith(floats: boolean): { body: string; output: string } {
  const checks = [...INT_CHECKS, ...(floats ? [...FLOAT_CHECKS, ...DOUBLE_CHECKS] : [])];
  const globals: string[] = [];
  const code: string[] = [];
  checks.forEach(([ty, op, a, b, want], i) => {
    globals.push(`@a${i} = global ${ty} ${a}`, `@b${i} = global ${ty} ${b}`);
    const cmp = ty.startsWith('i') ? 'icmp eq' : 'fcmp oeq';
    code.push(
      `  %a${i} = load volatile ${ty}, ${ty}* @a${i}`,
      `  %b${i} = load volatile ${ty}, ${ty}* @b${i}`,
      `  %r${i} = ${op} ${ty} %a${i}, %b${i}`,
      `  %ok${i} = ${cmp} ${ty} %r${i}, ${want}`,
      `  %c${i} = select i1 %ok${i}, i8 46, i8 70`,
      `  call{AS} void @runtime.putchar(i8 %c${i})`,
    );
  });
  const body = `
${globals.join('\n')}

define void @main(){AS} nounwind {
${code.join('\n')}
  call{AS} void @runtime.putchar(i8 10)
  ret void
}
`;
  return { body, output: '.'.repeat(checks.length) + '\n' };
}
