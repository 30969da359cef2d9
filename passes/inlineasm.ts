// Inline assembly, TinyGo's API: every call of device/arm's or device/avr's Asm(text) and AsmFull(text, regs) (bodyless
// declarations) becomes an InlineAsm instruction (ir.ts), which codegen emits as LLVM inline assembly
// (compiler/codegen/asm.ts). The rules follow TinyGo's compiler/inlineasm.go; each broken one is a positioned error at
// the call, and the call is left alone:
// - the text is a constant string; `$` in it is LLVM's escape character, so it becomes `$$`;
// - Asm's text is used as it is. AsmFull's regs is nil or a map literal built in the call's block (after SSA lifting,
//   a map assigned to a local and passed once counts) with constant string keys; `{name}` in the text names the
//   operand regs[name] (letters only: `{r4}` in an ARM register list stays as written; a name not in the map is an
//   error) and `{}` the result register, whose value the call returns (0 without `{}`). An integer (or bool) value is
//   passed in registers, a pointer (or unsafe.Pointer) as the memory it points to (LLVM's `*m`: `[r0]` on ARM, `Z` on
//   AVR), like TinyGo; any other type is not yet supported. Entries the text does not name are dropped.
// - AVR's operands ask for the upper registers r16-r31 (`d`), which every instruction accepts and which `ldi`,
//   `subi`, `cpi`, `andi` and `ori` need (TinyGo asks for any register, `r`, and such code works only when the
//   allocator happens to choose an upper one). LLVM's AVR backend puts at most 16 bits in registers: a wider constant
//   is passed in the narrowest of 8 or 16 bits that holds it (an untyped constant in the map is an `int`), a wider
//   variable is not yet supported.
// The map is consumed here: its MakeMap, MapUpdates and the MakeInterfaces only they used are deleted, so nothing is
// allocated or reported by -print-allocs, and escape analysis sees the operands of the InlineAsm only, which do not
// escape. Runs after dead functions, so that only the calls the program can make are checked.

import type { DiagnosticSink } from '../compiler/diag.ts';
import type { Pos } from '../compiler/syntax/source.ts';
import { BasicInfo, Typ, type Type } from '../compiler/types/types.ts';
import * as b from '../ir/builder.ts';
import type * as ir from '../ir/ir.ts';

/** ASM matches the qualified names of the functions this pass lowers. */
const ASM = /^device\/(arm|avr)\.(Asm|AsmFull)$/;

/** Operand is one `{name}` of an AsmFull text: its value and LLVM constraint. */
interface Operand {
  value: ir.Value;
  constraint: string;
}

/** lowerInlineAsm replaces every call of Asm and AsmFull in prog with an InlineAsm instruction. */
export function lowerInlineAsm(prog: ir.Program, sink: DiagnosticSink): void {
  const asmFns = prog.packages
    .flatMap((p) => p.functions)
    .filter((f) => f.blocks.length === 0 && ASM.test(f.qualifiedName));
  if (asmFns.length === 0) return;
  for (const pkg of prog.packages)
    for (const fn of [pkg.init, ...pkg.functions])
      for (const blk of fn.blocks)
        for (const i of [...blk.instrs]) {
          if (i.kind === 'Call' && i.callee.kind === 'Function' && asmFns.includes(i.callee)) lowerCall(i, i.callee, sink);
          // A function value has no function to call: the assembly exists only where it is called.
          else if (i.kind === 'MakeClosure' && asmFns.includes(i.fn)) {
            sink.notYetSupported(i.pos, `${i.fn.qualifiedName} used as a function value`);
          }
        }
}

/** lowerCall replaces one call of fn (Asm or AsmFull) with its InlineAsm, or reports why it cannot. */
function lowerCall(call: ir.Call, fn: ir.Function, sink: DiagnosticSink): void {
  const [, arch, which] = ASM.exec(fn.qualifiedName)!;
  const name = fn.qualifiedName;
  const text = call.args[0];
  if (!text || text.kind !== 'Const' || text.value?.kind !== 'string') {
    // `defer arm.Asm("...")` and `go ...` call it from a wrapper that receives the text as a parameter.
    const wrapper = call.block.parent.synthetic;
    if (wrapper === 'deferred call' || wrapper === 'goroutine start') sink.notYetSupported(call.pos, `${name} as a ${wrapper}`);
    else sink.error(call.pos, `${name}: the assembly must be a constant string`);
    return;
  }
  let template = text.value.value.replace(/\$/g, '$$$$');
  const constraints: string[] = [];
  const args: ir.Value[] = [];
  let regs: RegisterMap | undefined;
  if (which === 'AsmFull') {
    regs = registerMap(call, name, sink);
    if (!regs) return;
    const numbers = new Map<string, number>();
    if (/\{\}/.test(template)) {
      constraints.push(arch === 'avr' ? '=&d' : '=&r');
      numbers.set('', 0);
    }
    let failed = false;
    template = template.replace(/\{([a-zA-Z]*)\}/g, (whole, reg: string) => {
      let n = numbers.get(reg);
      if (n !== undefined) return `\${${n}}`;
      const v = failed ? undefined : regs!.values.get(reg);
      const op = v && operand(v, reg, arch === 'avr', name, call.pos, sink);
      if (!op) {
        if (!v && !failed) sink.error(call.pos, `${name}: unknown register name: ${reg}`);
        failed = true;
        return whole;
      }
      n = numbers.size;
      numbers.set(reg, n);
      constraints.push(op.constraint);
      args.push(op.value);
      return `\${${n}}`;
    });
    if (failed) return;
  }
  constraints.push('~{memory}');
  const index = call.block.instrs.indexOf(call);
  const asm = b.insertAt<ir.InlineAsm>(call.block, index, {
    kind: 'InlineAsm', template, constraints: constraints.join(','), args, pos: call.pos, type: call.type,
  });
  b.replaceAll(call, asm);
  b.removeInstr(call);
  if (regs) for (const i of regs.dead) if (!('referrers' in i) || i.referrers.length === 0) b.removeInstr(i);
}

/**
 * RegisterMap is what an AsmFull's regs argument holds: the values by name, and the instructions that build the map,
 * in an order in which each can be removed once the call is gone (users first).
 */
interface RegisterMap {
  values: Map<string, ir.Value>;
  dead: ir.Instruction[];
}

/** registerMap reads the map literal passed to an AsmFull call, or reports why it cannot. */
function registerMap(call: ir.Call, name: string, sink: DiagnosticSink): RegisterMap | undefined {
  const dead: ir.Instruction[] = [];
  let m = call.args[1];
  if (!m) return undefined; // the type checker has reported the call
  let user: ir.Instruction = call;
  // The literal reaches the call through conversions between identical map types.
  while (m.kind === 'Convert' && m.referrers.length === 1 && m.referrers[0] === user) {
    dead.push(m);
    user = m;
    m = m.x;
  }
  if (m.kind === 'Const' && m.value === undefined) return { values: new Map(), dead };
  if (m.kind !== 'MakeMap') {
    sink.notYetSupported(call.pos, `${name} with a register map that is not a map literal`);
    return undefined;
  }
  const values = new Map<string, ir.Value>();
  const updates: ir.Instruction[] = [];
  const boxes: ir.Instruction[] = [];
  const blk = call.block;
  const at = blk.instrs.indexOf(call);
  for (const r of m.referrers) {
    if (r === user) continue;
    // The entries are stored in the call's block before the call: each of them is in the map when the call runs.
    if (r.kind !== 'MapUpdate' || r.map !== m || r.block !== blk || blk.instrs.indexOf(r) > at) {
      sink.notYetSupported(call.pos, `${name} with a register map that is not a map literal used only by the call`);
      return undefined;
    }
    if (r.key.kind !== 'Const' || r.key.value?.kind !== 'string') {
      sink.notYetSupported(call.pos, `${name} with a register name that is not a constant string`);
      return undefined;
    }
    const key = r.key.value.value;
    if (r.value.kind !== 'MakeInterface') {
      sink.notYetSupported(call.pos, `${name}: the value of {${key}} is an interface value, not an integer or a pointer`);
      return undefined;
    }
    values.set(key, r.value.x);
    updates.push(r);
    boxes.push(r.value);
  }
  return { values, dead: [...dead, ...updates, m, ...boxes] };
}

/**
 * operand returns the value and constraint of register `reg` (v, the value stored in the map), or reports why v
 * cannot be an operand. On AVR (avr set) integers go in the upper registers and take at most 16 bits.
 */
function operand(
  v: ir.Value,
  reg: string,
  avr: boolean,
  name: string,
  pos: Pos,
  sink: DiagnosticSink,
): Operand | undefined {
  const u = v.type.underlying();
  if (u.kind === 'Pointer' || (u.kind === 'Basic' && u.name === 'unsafe.Pointer')) return { value: v, constraint: '*m' };
  if (u.kind !== 'Basic' || !(u.info & (BasicInfo.IsInteger | BasicInfo.IsBoolean))) {
    sink.notYetSupported(pos, `${name}: {${reg}} of type ${v.type} (only integers and pointers can be operands)`);
    return undefined;
  }
  const reg16 = avr ? narrowForAvr(v) : v;
  if (!reg16) {
    const why = 'AVR registers take at most 16 bits (convert it to uint8 or uint16)';
    sink.notYetSupported(pos, `${name}: {${reg}} of type ${v.type}: ${why}`);
    return undefined;
  }
  return { value: reg16, constraint: avr ? 'd' : 'r' };
}

/** WIDE are the integer types wider than 16 bits on AVR (int and uint are 32 bits there, uintptr 16). */
const WIDE = new Set(['int', 'uint', 'int32', 'uint32', 'int64', 'uint64']);

/**
 * narrowForAvr returns v when it fits AVR's registers (at most 16 bits), a constant of the narrowest 8- or 16-bit type
 * that holds a wider constant's value, and undefined for a wider variable or constant.
 */
function narrowForAvr(v: ir.Value): ir.Value | undefined {
  const u = v.type.underlying();
  if (u.kind !== 'Basic' || !WIDE.has(u.name)) return v;
  if (v.kind !== 'Const' || v.value?.kind !== 'int') return undefined;
  const n = v.value.value;
  const fits: [Type, bigint, bigint][] = [
    [Typ.uint8, 0n, 255n], [Typ.int8, -128n, -1n], [Typ.uint16, 0n, 65535n], [Typ.int16, -32768n, -1n],
  ];
  const t = fits.find(([, lo, hi]) => n >= lo && n <= hi)?.[0];
  return t && b.constInt(t, n);
}
