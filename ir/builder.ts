// Construction helpers for the SSA IR: the only code that should create Programs, Packages, Functions, blocks and
// instructions. Every helper keeps the IR's bookkeeping consistent: an emitted instruction gets its block, a fresh
// value id (for value instructions) and is added to the `referrers` of each operand; Jump/If add CFG edges so that
// preds/succs stay symmetric; replaceAll/removeInstr keep referrers exact. The SSA builder, the passes and the
// hand-written IR in other phases' tests all go through here, and validate.ts checks the result.

import type { Pos } from '../compiler/syntax/source.ts';
import { NoPos } from '../compiler/syntax/source.ts';
import type { FileSet } from '../compiler/syntax/source.ts';
import type { Sizes } from '../compiler/types/sizes.ts';
import { makeBool, makeInt, makeString } from '../compiler/types/constant.ts';
import type { ConstValue } from '../compiler/types/constant.ts';
import type { BuiltinId, Func as FuncObj, Var as VarObj } from '../compiler/types/objects.ts';
import { newVar } from '../compiler/types/objects.ts';
import { Pointer, Signature, Slice as SliceType, Tuple, Typ } from '../compiler/types/types.ts';
import type { Type, Package as TypesPackage } from '../compiler/types/types.ts';
import { assertNever } from '../compiler/diag.ts';
import type * as ir from './ir.ts';
import { isValueInstruction, operands } from './ir.ts';

// ---------------------------------------------------------------------------------------------------------------------
// Containers

/** newProgram returns an empty Program for a file set and target sizes. */
export function newProgram(fset: FileSet, sizes: Sizes): ir.Program {
  return { fset, sizes, packages: [], entry: undefined };
}

/** newPackage adds a package to prog, with its synthetic initializer `path.init` (one empty entry block). */
export function newPackage(prog: ir.Program, path: string, name: string, types?: TypesPackage): ir.Package {
  const pkg = { path, name, types, functions: [], globals: [] } as unknown as ir.Package;
  const sig = new Signature(undefined, new Tuple([]), new Tuple([]), false);
  const init = newFunction(undefined, 'init', `${path}.init`, sig, NoPos);
  init.pkg = pkg; // pkg.init is not listed in pkg.functions
  init.synthetic = 'package initializer';
  pkg.init = init;
  prog.packages.push(pkg);
  return pkg;
}

/**
 * newFunction creates a Function in pkg (and appends it to pkg.functions) with one Parameter per formal parameter of
 * sig, the receiver first. It has no blocks yet (an external function until newBlock is called).
 */
export function newFunction(
  pkg: ir.Package | undefined,
  name: string,
  qualifiedName: string,
  sig: Signature,
  pos: Pos,
  object?: FuncObj,
): ir.Function {
  const fn: ir.Function = {
    kind: 'Function',
    name,
    qualifiedName,
    type: sig,
    signature: sig,
    referrers: [],
    pkg,
    object,
    params: [],
    blocks: [],
    pos,
    synthetic: '',
    directives: [],
    nextValueId: 0,
    freeVars: [],
    hasContext: false,
    hasDefer: false,
  };
  const formals: VarObj[] = [...(sig.recv ? [sig.recv] : []), ...sig.params.vars];
  formals.forEach((v, index) => {
    fn.params.push({
      kind: 'Parameter',
      name: v.name === '' || v.name === '_' ? `arg${index}` : v.name,
      index,
      parent: fn,
      object: v,
      pos: v.pos,
      type: v.type,
      referrers: [],
    });
  });
  pkg?.functions.push(fn);
  return fn;
}

/** newGlobal adds a package-level variable of type `type` to pkg; the Global's own type is `*type`. */
export function newGlobal(pkg: ir.Package, name: string, type: Type, pos: Pos, object?: VarObj): ir.Global {
  const g: ir.Global = {
    kind: 'Global',
    name,
    qualifiedName: `${pkg.path}.${name}`,
    pkg,
    object,
    pos,
    type: new Pointer(type),
    referrers: [],
  };
  pkg.globals.push(g);
  return g;
}

/** newBlock appends a new empty block to fn; its index is its position in fn.blocks. */
export function newBlock(fn: ir.Function, comment: string): ir.BasicBlock {
  const b: ir.BasicBlock = { index: fn.blocks.length, comment, parent: fn, instrs: [], preds: [], succs: [] };
  fn.blocks.push(b);
  return b;
}

/** addEdge adds the CFG edge from → to (appending to from.succs and to.preds). */
export function addEdge(from: ir.BasicBlock, to: ir.BasicBlock): void {
  from.succs.push(to);
  to.preds.push(from);
}

/** builtinValue returns a Builtin callee value for a builtin function (its type is the empty signature). */
export function builtinValue(name: BuiltinId): ir.Builtin {
  return { kind: 'Builtin', name, type: new Signature(undefined, new Tuple([]), new Tuple([]), false), referrers: [] };
}

// ---------------------------------------------------------------------------------------------------------------------
// Constants

/** constOf returns a Const of a type with an exact value (undefined: the zero value of the type). */
export function constOf(type: Type, value: ConstValue | undefined): ir.Const {
  return { kind: 'Const', type, value, referrers: [] };
}

/** constInt returns an integer constant of an integer type. */
export function constInt(type: Type, n: number | bigint): ir.Const {
  return constOf(type, makeInt(n));
}

/** constString returns a `string` constant from a byte string (one char per byte). */
export function constString(s: string): ir.Const {
  return constOf(Typ.string, makeString(s));
}

/** constBool returns a `bool` constant. */
export function constBool(b: boolean): ir.Const {
  return constOf(Typ.bool, makeBool(b));
}

/** zeroConst returns the zero value of any type: 0, false, "", nil, or a zero aggregate (value undefined). */
export function zeroConst(type: Type): ir.Const {
  const u = type.underlying();
  if (u.kind === 'Basic') {
    if (u.info & 1 /* IsBoolean */) return constOf(type, makeBool(false));
    if (u.name === 'string' || u.name === 'untyped string') return constOf(type, makeString(''));
    if (u.info & 2 /* IsInteger */) return constOf(type, makeInt(0));
  }
  return constOf(type, undefined);
}

// ---------------------------------------------------------------------------------------------------------------------
// Emitting instructions

/** InstrInit is an instruction without the fields emit fills in (block, id, referrers). */
export type InstrInit<T extends ir.Instruction> = Omit<T, 'block' | 'id' | 'referrers'>;

/**
 * emit appends an instruction to block b: sets its block, gives a value instruction a fresh id and empty referrers,
 * and registers it as a referrer of each operand. It does not add CFG edges (emitJump/emitIf do).
 */
export function emit<T extends ir.Instruction>(b: ir.BasicBlock, init: InstrInit<T>): T {
  const instr = attach(b, init);
  b.instrs.push(instr);
  return instr;
}

/** insertAt inserts an instruction into b at position index, with the same bookkeeping as emit. */
export function insertAt<T extends ir.Instruction>(b: ir.BasicBlock, index: number, init: InstrInit<T>): T {
  const instr = attach(b, init);
  b.instrs.splice(index, 0, instr);
  return instr;
}

function attach<T extends ir.Instruction>(b: ir.BasicBlock, init: InstrInit<T>): T {
  const instr = init as T;
  instr.block = b;
  if ('type' in instr) {
    const v = instr as unknown as ir.ValueInstruction;
    v.id = b.parent.nextValueId++;
    v.referrers = [];
  }
  for (const op of operands(instr)) op.referrers.push(instr);
  return instr;
}

/** emitAlloc emits an Alloc of one `elem` (heap or stack); its type is `*elem`. */
export function emitAlloc(b: ir.BasicBlock, elem: Type, heap: boolean, comment: string, pos: Pos): ir.Alloc {
  return emit<ir.Alloc>(b, { kind: 'Alloc', elem, heap, comment, escape: undefined, pos, type: new Pointer(elem) });
}

/** emitStore emits `*addr = val`. */
export function emitStore(b: ir.BasicBlock, addr: ir.Value, val: ir.Value, pos: Pos): ir.Store {
  return emit<ir.Store>(b, { kind: 'Store', addr, val, pos });
}

/** emitLoad emits `*addr` (a UnOp '*'); its type is the pointer's element type. */
export function emitLoad(b: ir.BasicBlock, addr: ir.Value, pos: Pos): ir.UnOp {
  return emit<ir.UnOp>(b, { kind: 'UnOp', op: '*', x: addr, pos, type: elemOf(addr.type) });
}

/** emitBinOp emits `x op y` of the given result type (bool for comparisons). */
export function emitBinOp(b: ir.BasicBlock, op: ir.BinOpKind, x: ir.Value, y: ir.Value, type: Type, pos: Pos): ir.BinOp {
  return emit<ir.BinOp>(b, { kind: 'BinOp', op, x, y, pos, type });
}

/** emitUnOp emits `op x`; for '*' use emitLoad (or pass the element type). */
export function emitUnOp(b: ir.BasicBlock, op: ir.UnOp['op'], x: ir.Value, type: Type, pos: Pos): ir.UnOp {
  return emit<ir.UnOp>(b, { kind: 'UnOp', op, x, pos, type });
}

/** emitCall emits a call of a Function, a Builtin or a function value; type is the result type (a Tuple for 0 or several results). */
export function emitCall(
  b: ir.BasicBlock,
  callee: ir.Value,
  args: ir.Value[],
  type: Type,
  pos: Pos,
): ir.Call {
  return emit<ir.Call>(b, { kind: 'Call', callee, args, pos, type });
}

/** callResultType returns the type of a Call of a signature: the lone result, or a Tuple (empty for none). */
export function callResultType(sig: Signature): Type {
  return sig.results.length === 1 ? sig.results.at(0).type : sig.results;
}

/** emitConvert emits a conversion of x to type. */
export function emitConvert(b: ir.BasicBlock, x: ir.Value, type: Type, pos: Pos): ir.Convert {
  return emit<ir.Convert>(b, { kind: 'Convert', x, pos, type });
}

/** emitFieldAddr emits `&x.f` for x a pointer to a struct; the result is a pointer to field `field`. */
export function emitFieldAddr(b: ir.BasicBlock, x: ir.Value, field: number, pos: Pos): ir.FieldAddr {
  const st = elemOf(x.type).underlying();
  const ft = st.kind === 'Struct' ? st.fields[field]!.type : Typ.Invalid;
  return emit<ir.FieldAddr>(b, { kind: 'FieldAddr', x, field, pos, type: new Pointer(ft) });
}

/** emitField emits `x.f` for x a struct value. */
export function emitField(b: ir.BasicBlock, x: ir.Value, field: number, pos: Pos): ir.Field {
  const st = x.type.underlying();
  const ft = st.kind === 'Struct' ? st.fields[field]!.type : Typ.Invalid;
  return emit<ir.Field>(b, { kind: 'Field', x, field, pos, type: ft });
}

/** emitIndexAddr emits `&x[i]` for x a slice or a pointer to an array; the result points to an element. */
export function emitIndexAddr(b: ir.BasicBlock, x: ir.Value, index: ir.Value, pos: Pos): ir.IndexAddr {
  const xu = x.type.underlying();
  const at = xu.kind === 'Slice' ? xu : elemOf(x.type).underlying();
  const et = at.kind === 'Array' || at.kind === 'Slice' ? at.elem : Typ.Invalid;
  return emit<ir.IndexAddr>(b, { kind: 'IndexAddr', x, index, pos, type: new Pointer(et) });
}

/** emitIndex emits `x[i]` for x an array value (element type) or a string (byte). */
export function emitIndex(b: ir.BasicBlock, x: ir.Value, index: ir.Value, pos: Pos): ir.Index {
  const u = x.type.underlying();
  const et = u.kind === 'Array' ? u.elem : u.kind === 'Basic' && u.name === 'string' ? Typ.uint8 : Typ.Invalid;
  return emit<ir.Index>(b, { kind: 'Index', x, index, pos, type: et });
}

/** emitExtract emits `extract tuple #index`. */
export function emitExtract(b: ir.BasicBlock, tuple: ir.Value, index: number, pos: Pos): ir.Extract {
  const t = tuple.type;
  const type = t.kind === 'Tuple' && index < t.length ? t.at(index).type : Typ.Invalid;
  return emit<ir.Extract>(b, { kind: 'Extract', tuple, index, pos, type });
}

/**
 * emitSlice emits `x[low:high:max]` (absent bounds undefined). Its type is x's for a slice or string, and the slice
 * of the array's element type for a pointer to an array.
 */
export function emitSlice(
  b: ir.BasicBlock,
  x: ir.Value,
  low: ir.Value | undefined,
  high: ir.Value | undefined,
  max: ir.Value | undefined,
  pos: Pos,
): ir.Slice {
  const at = elemOf(x.type).underlying();
  const type = at.kind === 'Array' ? new SliceType(at.elem) : x.type;
  return emit<ir.Slice>(b, { kind: 'Slice', x, low, high, max, pos, type });
}

/** emitMakeInterface emits the boxing of x into interface type t; heap is whether the value needs memory. */
export function emitMakeInterface(b: ir.BasicBlock, x: ir.Value, t: Type, heap: boolean, pos: Pos): ir.MakeInterface {
  return emit<ir.MakeInterface>(b, { kind: 'MakeInterface', x, heap, escape: undefined, pos, type: t });
}

/** emitTypeAssert emits `x.(t)`; with commaOk its type is the Tuple (t, bool). */
export function emitTypeAssert(b: ir.BasicBlock, x: ir.Value, t: Type, commaOk: boolean, pos: Pos): ir.TypeAssert {
  const type = commaOk ? commaOkTuple(t) : t;
  return emit<ir.TypeAssert>(b, { kind: 'TypeAssert', x, assertedType: t, commaOk, pos, type });
}

/** commaOkTuple is the type `(t, bool)` of a comma-ok expression. */
export function commaOkTuple(t: Type): Tuple {
  return tupleOf([t, Typ.bool]);
}

/** tupleOf returns the Tuple of the given element types. */
export function tupleOf(types: Type[]): Tuple {
  return new Tuple(types.map((t) => newVar('', t, NoPos, undefined, {})));
}

/** emitPhi inserts a Phi at the start of b (after any existing phis); edges follow b.preds. */
export function emitPhi(b: ir.BasicBlock, edges: ir.Value[], type: Type, comment: string, pos: Pos = NoPos): ir.Phi {
  let i = 0;
  while (i < b.instrs.length && b.instrs[i]!.kind === 'Phi') i++;
  return insertAt<ir.Phi>(b, i, { kind: 'Phi', edges, comment, pos, type });
}

/** emitJump ends b with a jump to target and adds the edge. */
export function emitJump(b: ir.BasicBlock, target: ir.BasicBlock, pos: Pos = NoPos): ir.Jump {
  const j = emit<ir.Jump>(b, { kind: 'Jump', pos });
  addEdge(b, target);
  return j;
}

/** emitIf ends b with `if cond goto then else els` and adds both edges (succs[0] = then). */
export function emitIf(b: ir.BasicBlock, cond: ir.Value, then: ir.BasicBlock, els: ir.BasicBlock, pos: Pos = NoPos): ir.If {
  const i = emit<ir.If>(b, { kind: 'If', cond, pos });
  addEdge(b, then);
  addEdge(b, els);
  return i;
}

/** emitReturn ends b with a return of results. */
export function emitReturn(b: ir.BasicBlock, results: ir.Value[], pos: Pos = NoPos): ir.Return {
  return emit<ir.Return>(b, { kind: 'Return', results, pos });
}

/** emitPanic ends b with a panic of x. */
export function emitPanic(b: ir.BasicBlock, x: ir.Value, pos: Pos): ir.Panic {
  return emit<ir.Panic>(b, { kind: 'Panic', x, pos });
}

/** emitUnreachable ends b with `unreachable`. */
export function emitUnreachable(b: ir.BasicBlock, pos: Pos = NoPos): ir.Unreachable {
  return emit<ir.Unreachable>(b, { kind: 'Unreachable', pos });
}

// ---------------------------------------------------------------------------------------------------------------------
// Rewriting

/** mapOperands rewrites each operand v of instr to f(v), keeping referrer lists exact. */
export function mapOperands(instr: ir.Instruction, f: (v: ir.Value) => ir.Value): void {
  const before = operands(instr);
  for (const v of before) removeReferrer(v, instr);
  switch (instr.kind) {
    case 'Alloc':
    case 'Jump':
    case 'Unreachable':
      break;
    case 'Phi':
      instr.edges = instr.edges.map(f);
      break;
    case 'Call':
      instr.callee = f(instr.callee);
      instr.args = instr.args.map(f);
      break;
    case 'InlineAsm':
      instr.args = instr.args.map(f);
      break;
    case 'BinOp':
      instr.x = f(instr.x);
      instr.y = f(instr.y);
      break;
    case 'UnOp':
    case 'Convert':
    case 'FieldAddr':
    case 'Field':
      instr.x = f(instr.x);
      break;
    case 'IndexAddr':
    case 'Index':
      instr.x = f(instr.x);
      instr.index = f(instr.index);
      break;
    case 'Extract':
      instr.tuple = f(instr.tuple);
      break;
    case 'Store':
      instr.addr = f(instr.addr);
      instr.val = f(instr.val);
      break;
    case 'If':
      instr.cond = f(instr.cond);
      break;
    case 'Return':
      instr.results = instr.results.map(f);
      break;
    case 'Panic':
    case 'StrConv':
    case 'MakeInterface':
    case 'ChangeInterface':
    case 'TypeAssert':
      instr.x = f(instr.x);
      break;
    case 'MakeSlice':
      instr.len = f(instr.len);
      instr.cap = f(instr.cap);
      break;
    case 'Slice':
      instr.x = f(instr.x);
      instr.low = instr.low && f(instr.low);
      instr.high = instr.high && f(instr.high);
      instr.max = instr.max && f(instr.max);
      break;
    case 'Append':
      instr.x = f(instr.x);
      instr.args = instr.args.map(f);
      break;
    case 'Concat':
      instr.args = instr.args.map(f);
      break;
    case 'MakeMap':
      instr.reserve = instr.reserve && f(instr.reserve);
      break;
    case 'MapUpdate':
      instr.map = f(instr.map);
      instr.key = f(instr.key);
      instr.value = f(instr.value);
      break;
    case 'Lookup':
      instr.map = f(instr.map);
      instr.key = f(instr.key);
      break;
    case 'MapRange':
    case 'MapNext':
      instr.map = f(instr.map);
      instr.iter = f(instr.iter);
      break;
    case 'Invoke':
      instr.x = f(instr.x);
      instr.args = instr.args.map(f);
      break;
    case 'MakeClosure':
      instr.bindings = instr.bindings.map(f);
      break;
    case 'SetupDefers':
      instr.results = instr.results.map(f);
      break;
    case 'Defer':
      instr.fn = f(instr.fn);
      break;
    case 'RunDefers':
      break;
    case 'MakeChan':
      instr.size = f(instr.size);
      break;
    case 'Send':
      instr.chan = f(instr.chan);
      instr.x = f(instr.x);
      break;
    case 'Recv':
      instr.chan = f(instr.chan);
      break;
    case 'Select':
      for (const st of instr.states) {
        st.chan = f(st.chan);
        st.send = st.send && f(st.send);
      }
      break;
    case 'Go':
      instr.bindings = instr.bindings.map(f);
      break;
    default:
      assertNever(instr, 'instruction');
  }
  for (const v of operands(instr)) v.referrers.push(instr);
}

/** replaceAll makes every user of old use new instead; old is left with no referrers. */
export function replaceAll(old: ir.Value, replacement: ir.Value): void {
  if (old === replacement) return;
  const users = [...new Set(old.referrers)];
  for (const u of users) mapOperands(u, (v) => (v === old ? replacement : v));
}

/** removeInstr removes instr from its block and drops it from its operands' referrers (its own users are not touched). */
export function removeInstr(instr: ir.Instruction): void {
  const b = instr.block;
  const i = b.instrs.indexOf(instr);
  if (i >= 0) b.instrs.splice(i, 1);
  for (const v of operands(instr)) removeReferrer(v, instr);
}

function removeReferrer(v: ir.Value, instr: ir.Instruction): void {
  const i = v.referrers.indexOf(instr);
  if (i >= 0) v.referrers.splice(i, 1);
}

/** renumber gives the value instructions of fn consecutive ids t0, t1, ... in block order (after lifting/removal). */
export function renumber(fn: ir.Function): void {
  let id = 0;
  for (const b of fn.blocks) for (const i of b.instrs) if (isValueInstruction(i)) i.id = id++;
  fn.nextValueId = id;
}

/** elemOf returns the element type of a pointer type (Invalid for anything else). */
export function elemOf(t: Type): Type {
  const u = t.underlying();
  return u.kind === 'Pointer' ? u.elem : Typ.Invalid;
}

/** signatureOf builds a simple signature from parameter and result types (for hand-built IR in tests). */
export function signatureOf(params: [string, Type][], results: Type[], recv?: [string, Type]): Signature {
  return new Signature(
    recv ? newVar(recv[0], recv[1], NoPos, undefined, { isParam: true }) : undefined,
    new Tuple(params.map(([n, t]) => newVar(n, t, NoPos, undefined, { isParam: true }))),
    new Tuple(results.map((t) => newVar('', t, NoPos, undefined, { isParam: true }))),
    false,
  );
}
