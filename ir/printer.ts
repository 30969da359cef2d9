// The one canonical text printer of the SSA IR, in golang.org/x/tools/go/ssa's style. Used by the SSA golden tests,
// `-dump-ssa` and error messages. Value instructions print as `t<id> = ...` with the value's type right-aligned after
// column 50; each block starts with a header `<index>: <comment>  P:<preds> S:<succs>`; operands print as their names
// (`t3`, a parameter's name, `main.global`, `main.foo`, `println`) or constants as `value:type` (`42:int`, `"hi":string`,
// `nil:*int`, `zero:main.T`). The printed form of each instruction is documented on its type in ir.ts.

import * as path from 'node:path';
import { assertNever } from '../compiler/diag.ts';
import type { ConstValue } from '../compiler/types/constant.ts';
import { typeString } from '../compiler/types/types.ts';
import type { Type } from '../compiler/types/types.ts';
import type * as ir from './ir.ts';
import { isValueInstruction } from './ir.ts';

/** TYPE_COLUMN is the column at which a value instruction's type is printed. */
const TYPE_COLUMN = 50;

/** typeName renders a type for the printer (fully qualified: `main.T`). */
export function typeName(t: Type): string {
  return typeString(t);
}

/** quoteBytes renders a byte string as a Go double-quoted literal (like strconv.Quote on non-UTF-8-aware bytes). */
export function quoteBytes(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0d) out += '\\r';
    else if (c >= 0x20 && c < 0x7f) out += String.fromCharCode(c);
    else out += '\\x' + c.toString(16).padStart(2, '0');
  }
  return out + '"';
}

/** constValueString renders an exact constant value (`42`, `true`, `"s"`, `1/3`). */
export function constValueString(v: ConstValue): string {
  switch (v.kind) {
    case 'bool':
      return String(v.value);
    case 'int':
      return v.value.toString();
    case 'string':
      return quoteBytes(v.value);
    case 'float':
      return v.den === 1n ? v.num.toString() : `${v.num}/${v.den}`;
    case 'bigfloat':
      return `${v.mant}p${v.exp}`;
    case 'complex':
      return `(${v.re.num}/${v.re.den} + ${v.im.num}/${v.im.den}i)`;
    case 'bigcomplex': // untyped only: never in the IR (see constant.ts)
      return `(${constValueString(v.re)} + ${constValueString(v.im)}i)`;
    case 'unknown':
      return '?';
    default:
      return assertNever(v, 'constant');
  }
}

/** valueName renders a Value as an operand. */
export function valueName(v: ir.Value): string {
  switch (v.kind) {
    case 'Const': {
      if (v.value) return `${constValueString(v.value)}:${typeName(v.type)}`;
      const u = v.type.underlying();
      const isNil = u.kind === 'Pointer' || u.kind === 'Slice' || u.kind === 'Map' || u.kind === 'Chan' ||
        u.kind === 'Signature' || u.kind === 'Interface' || (u.kind === 'Basic' && u.name === 'unsafe.Pointer');
      return `${isNil ? 'nil' : 'zero'}:${typeName(v.type)}`;
    }
    case 'Global':
      return v.qualifiedName;
    case 'Parameter':
    case 'FreeVar':
      return v.name;
    case 'Builtin':
      return v.name;
    case 'Function':
      return v.qualifiedName;
    default:
      return `t${v.id}`;
  }
}

function fieldName(structType: Type, index: number): string {
  const u = structType.underlying();
  if (u.kind === 'Struct' && index < u.fields.length) return u.fields[index]!.name;
  return '?';
}

function pointee(t: Type): Type {
  const u = t.underlying();
  return u.kind === 'Pointer' ? u.elem : u;
}

/** instrString renders the right-hand side of an instruction (without `tN = ` and without the type column). */
export function instrString(i: ir.Instruction): string {
  const n = valueName;
  switch (i.kind) {
    case 'Alloc':
      return `${i.heap ? 'new' : 'local'} ${typeName(i.elem)} (${i.comment})`;
    case 'Phi':
      return `phi [${i.edges.map((e, k) => `${i.block.preds[k]?.index ?? '?'}: ${n(e)}`).join(', ')}]` +
        (i.comment ? ` #${i.comment}` : '');
    case 'Call':
      return `${n(i.callee)}(${i.args.map(n).join(', ')})`;
    case 'InlineAsm':
      return `asm ${quoteBytes(i.template)} ${quoteBytes(i.constraints)} (${i.args.map(n).join(', ')})`;
    case 'BinOp':
      return `${n(i.x)} ${i.op} ${n(i.y)}`;
    case 'UnOp':
      return `${i.op}${n(i.x)}`;
    case 'Convert':
      return `convert ${typeName(i.type)} <- ${typeName(i.x.type)} (${n(i.x)})${i.opaque ? ' opaque' : ''}`;
    case 'FieldAddr':
      return `&${n(i.x)}.${fieldName(pointee(i.x.type), i.field)} [#${i.field}]`;
    case 'Field':
      return `${n(i.x)}.${fieldName(i.x.type, i.field)} [#${i.field}]`;
    case 'IndexAddr':
      return `&${n(i.x)}[${n(i.index)}]`;
    case 'Index':
      return `${n(i.x)}[${n(i.index)}]`;
    case 'Extract':
      return `extract ${n(i.tuple)} #${i.index}`;
    case 'Store':
      return `*${n(i.addr)} = ${n(i.val)}`;
    case 'Jump':
      return `jump ${i.block.succs[0]?.index ?? '?'}`;
    case 'If':
      return `if ${n(i.cond)} goto ${i.block.succs[0]?.index ?? '?'} else ${i.block.succs[1]?.index ?? '?'}`;
    case 'Return':
      return i.results.length ? `return ${i.results.map(n).join(', ')}` : 'return';
    case 'Panic':
      return `panic ${n(i.x)}`;
    case 'Unreachable':
      return 'unreachable';
    case 'MakeSlice':
      return `make ${typeName(i.type)} ${n(i.len)} ${n(i.cap)}${site(i)}`;
    case 'Slice': {
      const b = (v: ir.Value | undefined): string => (v ? n(v) : '');
      return `slice ${n(i.x)}[${b(i.low)}:${b(i.high)}${i.max ? ':' + n(i.max) : ''}]`;
    }
    case 'Append':
      return i.spread ? `append ${n(i.x)} ${n(i.args[0]!)}...${site(i)}` : `append ${n(i.x)} (${i.args.map(n).join(', ')})${site(i)}`;
    case 'StrConv':
      return `${i.op} ${n(i.x)}${i.share ? ' (shared)' : site(i)}`;
    case 'Concat':
      return `concat ${i.args.map(n).join(' ')}${site(i)}`;
    case 'MakeMap':
      return `make ${typeName(i.type)}${i.reserve ? ' ' + n(i.reserve) : ''}${site(i)}`;
    case 'MapUpdate':
      return `${n(i.map)}[${n(i.key)}] = ${n(i.value)}${i.heap ? '' : ' (no growth)'}`;
    case 'Lookup':
      return `${n(i.map)}[${n(i.key)}]${i.commaOk ? ',ok' : ''}`;
    case 'MapRange':
      return `range ${n(i.map)} in ${n(i.iter)}`;
    case 'MapNext':
      return `next ${n(i.iter)} (${n(i.map)})`;
    case 'MakeInterface':
      return `make ${typeName(i.type)} <- ${typeName(i.x.type)} (${n(i.x)})${site(i)}`;
    case 'ChangeInterface':
      return `change interface ${typeName(i.type)} <- ${typeName(i.x.type)} (${n(i.x)})`;
    case 'TypeAssert':
      return `typeassert${i.commaOk ? ',ok' : ''} ${n(i.x)}.(${typeName(i.assertedType)})`;
    case 'Invoke':
      return `invoke ${n(i.x)}.${i.method.name}(${i.args.map(n).join(', ')})`;
    case 'MakeClosure':
      return `make closure ${i.fn.qualifiedName} [${i.bindings.map(n).join(', ')}]${site(i)}`;
    case 'SetupDefers':
      return `setup defers [${i.results.map(n).join(', ')}]`;
    case 'Defer':
      return `defer ${n(i.fn)}${i.heap ? '' : ' (stack)'}`;
    case 'RunDefers':
      return 'rundefers';
    case 'MakeChan':
      return `make ${typeName(i.type)} ${n(i.size)}${site(i)}`;
    case 'Send':
      return `send ${n(i.chan)} <- ${n(i.x)}`;
    case 'Recv':
      return `<-${n(i.chan)}${i.commaOk ? ',ok' : ''}`;
    case 'Select': {
      const states = i.states.map((st) => (st.dir === 'send' ? `${n(st.chan)}<-${n(st.send!)}` : `<-${n(st.chan)}`));
      return `select ${i.blocking ? 'blocking' : 'nonblocking'} [${states.join(', ')}]`;
    }
    case 'Go':
      return `go ${i.fn.qualifiedName} [${i.bindings.map(n).join(', ')}]`;
    default:
      return assertNever(i, 'instruction');
  }
}

/** site renders where an allocation site other than Alloc puts its object: ` (stack)` once moved off the heap. */
function site(i: ir.AllocSite): string {
  return i.heap ? '' : ' (stack)';
}

/** instrLine renders one instruction as printed inside a block (tab-indented, `tN = ...` and the type column). */
export function instrLine(i: ir.Instruction): string {
  if (!isValueInstruction(i)) return '\t' + instrString(i);
  const text = `t${i.id} = ${instrString(i)}`;
  const ty = typeName(i.type);
  return '\t' + text.padEnd(TYPE_COLUMN - 1) + ' ' + ty;
}

function signatureLine(fn: ir.Function): string {
  const sig = fn.signature;
  const params = fn.params.map((p) => `${p.name} ${typeName(p.type)}`);
  const res = sig.results.vars.map((v) => typeName(v.type));
  const r = res.length === 0 ? '' : res.length === 1 ? ' ' + res[0] : ` (${res.join(', ')})`;
  return `func ${fn.name}(${params.join(', ')})${r}`;
}

/** printFunction renders a function: header comments, signature, then each block with its instructions. */
export function printFunction(fn: ir.Function, fset?: ir.Program['fset']): string {
  const lines: string[] = [`# Name: ${fn.qualifiedName}`];
  if (fn.pkg) lines.push(`# Package: ${fn.pkg.path}`);
  if (fn.synthetic) lines.push(`# Synthetic: ${fn.synthetic}`);
  if (fset && fn.pos) {
    const p = fset.position(fn.pos);
    if (p.filename) lines.push(`# Location: ${path.basename(p.filename)}:${p.line}:${p.column}`);
  }
  for (const d of fn.directives) lines.push(`# Directive: ${d.name}${d.args ? ' ' + d.args : ''}`);
  if (fn.blocks.length === 0) {
    lines.push(signatureLine(fn) + ' (external)');
    return lines.join('\n') + '\n';
  }
  lines.push(signatureLine(fn) + ':');
  for (const b of fn.blocks) {
    lines.push(`${b.index}: ${b.comment}  P:${b.preds.length} S:${b.succs.length}`);
    for (const i of b.instrs) lines.push(instrLine(i));
  }
  return lines.join('\n') + '\n';
}

/** printGlobal renders a package-level variable as `var main.g int`. */
export function printGlobal(g: ir.Global): string {
  const init = g.init ? ` = ${staticName(g.init)}` : '';
  return `var ${g.qualifiedName} ${typeName(pointee(g.type))}${init}`;
}

/**
 * staticName renders a static initial value: a constant, `{a, b, _}` with `_` for zero entries, `&pkg.v`, or
 * `pkg.stmp$1[:3]` for a slice literal.
 */
function staticName(v: ir.StaticValue): string {
  if (v.kind === 'Const') return valueName(v);
  if (v.kind === 'StaticAddr') return `&${v.global.qualifiedName}`;
  if (v.kind === 'StaticSlice') return `${v.array.qualifiedName}[:${v.len}]`;
  if (v.kind === 'StaticIface') return `${typeName(v.type)}(${staticName(v.value)})`;
  return `{${v.elems.map((e) => (e ? staticName(e) : '_')).join(', ')}}`;
}

/** printPackage renders a package: its globals, its initializer, then its functions in order. */
export function printPackage(pkg: ir.Package, fset?: ir.Program['fset']): string {
  const parts: string[] = [`package ${pkg.path}`];
  if (pkg.globals.length) parts.push(pkg.globals.map(printGlobal).join('\n'));
  parts.push(printFunction(pkg.init, fset).trimEnd());
  for (const fn of pkg.functions) if (fn !== pkg.init) parts.push(printFunction(fn, fset).trimEnd());
  return parts.join('\n\n') + '\n';
}

/** printProgram renders every package of the program in order. */
export function printProgram(prog: ir.Program): string {
  return prog.packages.map((p) => printPackage(p, prog.fset)).join('\n');
}
