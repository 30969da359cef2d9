// Inline assembly: the InlineAsm instructions that device/arm's and device/avr's Asm and AsmFull calls become
// (passes/inlineasm.ts). The bindings cannot create LLVM's InlineAsm values, so each distinct piece of assembly (its
// template, constraints and operand types) gets a function of its own, `tsgo.asm.<n>`, which codegen declares when
// it first calls it and defines in glue IR (glue.ts) linked once every body is lowered (finishInlineAsm):
//     define linkonce_odr i32 @tsgo.asm.0(i32 %a0) alwaysinline nounwind {
//       %r = call i32 asm sideeffect "adds ${0}, ${1}, #1", "=&r,r,~{memory}"(i32 %a0)
//       ret i32 %r
//     }
// The definition resolves the declaration, alwaysinline puts the assembly into its callers (where the register
// allocator chooses its registers), and linkonce_odr lets the optimiser drop the function once it is inlined.
// Widths: an integer operand narrower than a register (8 bits on AVR, 32 on ARM) is extended as its Go type says (a
// uint8 on ARM fills the whole register: LLVM would leave its upper bits undefined); a pointer operand is passed as
// an i8* with `elementtype(i8)`, which LLVM 14 requires of indirect (`*m`) operands (on AVR through an opaque copy,
// see asmGlue). The result register has the register width (one AVR register, not a pair whose high byte the
// template cannot name) and is zero-extended to uintptr.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import type { Codegen } from './context.ts';
import type { FnCtx } from './func.ts';
import { linkGlueText } from './glue.ts';

/** ASM_PREFIX names the glue functions that hold inline assembly: `tsgo.asm.0`. */
export const ASM_PREFIX = 'tsgo.asm.';

/** asmFunctions maps a module's pieces of assembly (asmKey) to their glue functions' names and texts. */
const asmFunctions = new WeakMap<Codegen, Map<string, { name: string; glue: string }>>();

/**
 * lowerInlineAsm emits one InlineAsm as a call of its glue function; it returns the result (uintptr) for AsmFull and
 * undefined for Asm.
 */
export function lowerInlineAsm(f: FnCtx, instr: ir.InlineAsm): llvm.Value | undefined {
  const g = f.g;
  const b = g.builder;
  const regBits = g.target.triple.startsWith('avr') ? 8 : g.target.ptrSize * 8;
  const regType = llvm.IntegerType.get(g.ctx, regBits);
  const inputs = instr.constraints.split(',').filter((c) => !c.startsWith('=') && !c.startsWith('~'));
  const hasResult = instr.constraints.startsWith('=');
  const args = instr.args.map((a, i) => {
    const v = f.value(a);
    if (inputs[i] === '*m') return b.CreateBitCast(v, g.types.i8ptr);
    const bits = g.types.intWidth(a.type);
    if (bits >= regBits) return v;
    return bits > 1 && g.types.isSigned(a.type) ? b.CreateSExt(v, regType) : b.CreateZExt(v, regType); // bool: 0 or 1
  });
  const argTypes = instr.args.map((a, i) =>
    inputs[i] === '*m' ? 'i8*' : `i${Math.max(g.types.intWidth(a.type), regBits)}`,
  );
  const fn = asmFunction(g, instr, hasResult ? `i${regBits}` : 'void', argTypes);
  const call = b.CreateCall(fn, args);
  if (instr.type.kind === 'Tuple') return undefined; // Asm
  return hasResult ? b.CreateZExt(call, g.types.uintptrType) : llvm.ConstantInt.get(g.types.uintptrType, 0, false);
}

/** asmFunction declares (once per distinct piece of assembly) the glue function that runs instr's assembly. */
function asmFunction(g: Codegen, instr: ir.InlineAsm, ret: string, argTypes: string[]): llvm.Function {
  let fns = asmFunctions.get(g);
  if (!fns) asmFunctions.set(g, (fns = new Map()));
  const key = JSON.stringify([instr.template, instr.constraints, ret, argTypes]);
  let entry = fns.get(key);
  if (!entry) {
    const name = `${ASM_PREFIX}${fns.size}`;
    const avr = g.target.triple.startsWith('avr');
    entry = { name, glue: asmGlue(name, instr.template, instr.constraints, ret, argTypes, avr) };
    fns.set(key, entry);
    const llvmType = (t: string): llvm.Type =>
      t === 'i8*' ? g.types.i8ptr : llvm.IntegerType.get(g.ctx, Number(t.slice(1)));
    const retType = ret === 'void' ? g.types.voidType : llvmType(ret);
    const type = llvm.FunctionType.get(retType, argTypes.map(llvmType), false);
    g.declareFunction(name, type, ret === 'void', false);
  }
  return g.funcs.get(entry.name)!.fn;
}

/**
 * asmGlue is the glue IR that defines the function `name` running one piece of inline assembly. On AVR (avr set) a
 * memory operand's address first goes through an empty assembly statement: LLVM would otherwise fold a constant
 * offset into it and print `Y+1` or `Z+3`, which `st` and `ld` do not take; an opaque address is printed `Z` (or X,
 * Y), like a pointer computed at run time.
 */
export function asmGlue(
  name: string,
  template: string,
  constraints: string,
  ret: string,
  argTypes: string[],
  avr: boolean,
): string {
  const params = argTypes.map((t, i) => `${t} %a${i}`).join(', ');
  let body = '';
  const operands = argTypes.map((t, i) => {
    if (t !== 'i8*') return `${t} %a${i}`;
    if (!avr) return `i8* elementtype(i8) %a${i}`;
    body += `  %p${i} = call i8* asm "", "=r,0"(i8* %a${i})\n`;
    return `i8* elementtype(i8) %p${i}`;
  });
  const asm = `asm sideeffect ${llvmString(template)}, ${llvmString(constraints)}(${operands.join(', ')})`;
  body += ret === 'void' ? `  call void ${asm}\n  ret void` : `  %r = call ${ret} ${asm}\n  ret ${ret} %r`;
  return `\ndefine linkonce_odr ${ret} @${name}(${params}) alwaysinline nounwind {\n${body}\n}\n`;
}

/** llvmString quotes a byte string (one JS char per byte) for LLVM assembly: `"`, `\` and non-printables as `\XX`. */
export function llvmString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) & 0xff;
    const plain = c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c;
    out += plain ? s[i] : `\\${c.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out + '"';
}

/** finishInlineAsm links the glue functions of the module's inline assembly (after every body is lowered). */
export function finishInlineAsm(g: Codegen): void {
  const fns = asmFunctions.get(g);
  if (fns && fns.size > 0) linkGlueText(g, [...fns.values()].map((e) => e.glue).join(''));
}
