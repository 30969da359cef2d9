// The per-function build state of the SSA builder: the function being built, the current block, the addresses of local
// variables, the break/continue targets, and small helpers shared by the statement, expression, address and call
// builders (constants with their final types, implicit conversions, block management). One FnBuilder builds one body.

import type * as ast from '../syntax/ast.ts';
import type { Pos } from '../syntax/source.ts';
import { NoPos } from '../syntax/source.ts';
import type { DiagnosticSink } from '../diag.ts';
import type { Info, TypeAndValue } from '../types/info.ts';
import type { Func as FuncObj, Label, Obj, Var as VarObj } from '../types/objects.ts';
import { Typ } from '../types/types.ts';
import { defaultType } from '../types/predicates.ts';
import type { Package as TypesPackage, Type } from '../types/types.ts';
import type { ConstValue } from '../types/constant.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import { isTerminator } from '../../ir/ir.ts';
import { sameType } from '../../ir/validate.ts';
import { isDirectIface } from '../../ir/layout.ts';
import { subst } from '../types/subst.ts';
import type { SubstMap } from '../types/subst.ts';
import { ensureMethods } from './generics.ts';
import { capturedByValue } from './capture.ts';
import type { GenericDecl, PendingBody } from './generics.ts';

/** ProgramState is what every function builder shares: the IR objects made for the checker's objects. */
export interface ProgramState {
  prog: ir.Program;
  sink: DiagnosticSink;
  funcs: Map<FuncObj, ir.Function>;
  globals: Map<VarObj, ir.Global>;
  /** runtime is the checked runtime package, whose functions and types some constructs are built from. */
  runtime: TypesPackage | undefined;
  /** synthetic caches compiler-made functions (bound methods, method-expression thunks) by a key. */
  synthetic: Map<string, ir.Function>;
  /** recoverUsed is set when some package calls recover (runtime.recoverEnabled() is then true). */
  recoverUsed: boolean;
  /** timersUsed is set when the program has package time (runtime.timersEnabled() is then true). */
  timersUsed: boolean;
  /** cpuFrequency is the target's clock in Hz (runtime.cpuFrequency()), undefined where it has none (the host). */
  cpuFrequency: number | undefined;
  /** decls holds the declaration of every non-generic package-level function (static.ts looks into some). */
  decls: Map<FuncObj, { decl: ast.FuncDecl; info: Info }>;
  /** generic holds the declarations of generic functions and of methods of generic types (see generics.ts). */
  generic: Map<FuncObj, GenericDecl>;
  /** instances are the instantiated functions, by origin and type arguments. */
  instances: Map<string, ir.Function>;
  /**
   * declareBody registers a function's body to be built when the function is reached (build.ts sets fn.build);
   * declarations and instantiations call it.
   */
  declareBody: (body: PendingBody) => void;
}

/** Target is one enclosing breakable statement: its label, and where break/continue/fallthrough go. */
export interface Target {
  label: Label | undefined;
  breakTo: ir.BasicBlock;
  continueTo: ir.BasicBlock | undefined;
}

/** isUntypedType reports whether t is an untyped constant kind or untyped nil. */
export function isUntypedType(t: Type | undefined): boolean {
  return t !== undefined && t.kind === 'Basic' && t.name.startsWith('untyped');
}

/** FnBuilder holds the state of building one function body. */
export class FnBuilder {
  /** block is the block instructions are appended to. */
  block: ir.BasicBlock;
  /** vars maps each local variable (and parameter) to its Alloc. */
  readonly vars = new Map<VarObj, ir.Alloc>();
  /** targets is the stack of enclosing loops and switches. */
  readonly targets: Target[] = [];
  /** namedResults are the allocs of named results, in order (empty for unnamed results). */
  namedResults: ir.Alloc[] = [];
  /** pendingLabel is the label of the LabeledStmt whose statement is being built. */
  pendingLabel: Label | undefined;
  /** fallthroughTo is the next case body while building a switch case body. */
  fallthroughTo: ir.BasicBlock | undefined;
  /** labelBlocks maps each statement label to the block that starts its statement (the target of goto). */
  readonly labelBlocks = new Map<Label, ir.BasicBlock>();
  /** parent is the builder of the enclosing function, for a function literal (its variables can be captured). */
  parent: FnBuilder | undefined;
  /**
   * captures are a function literal's captured variables, in free-variable order, with the enclosing address; one
   * captured by value has a free variable holding its value, copied into a local variable at the literal's entry.
   */
  readonly captures: { obj: VarObj; fv: ir.FreeVar; outer: ir.Value; byValue: boolean }[] = [];
  /** reassigned are the variables of the enclosing function that closures must capture by reference (capture.ts). */
  reassigned: Set<VarObj> | undefined;
  /** closures counts the function literals built in this function (they are named fn$1, fn$2, ...). */
  closures = 0;
  /** deferThunks counts the thunks of deferred calls (fn$deferwrap1, ...). */
  deferThunks = 0;
  /** goThunks counts the start functions of go statements (fn$gowrapper1, ...). */
  goThunks = 0;
  /** resultSlots hold the results of a function with defer statements (its named results, or hidden variables). */
  resultSlots: ir.Alloc[] = [];

  /** substituted caches the checker's types and values with smap applied. */
  private readonly substituted = new Map<ast.Expr, TypeAndValue>();

  /**
   * smap maps the type parameters of the generic function being instantiated (or of the generic type whose method
   * it is) to the instance's type arguments; empty outside instances. Every type read from the checker goes through
   * subst.
   */
  constructor(
    readonly st: ProgramState,
    readonly fn: ir.Function,
    readonly info: Info,
    readonly smap: SubstMap = new Map(),
  ) {
    this.block = fn.blocks.length ? fn.blocks[fn.blocks.length - 1]! : b.newBlock(fn, 'entry');
  }

  /** sink is where the builder reports unsupported constructs. */
  get sink(): DiagnosticSink {
    return this.st.sink;
  }

  /** unsupported reports a construct this version cannot build. */
  unsupported(pos: Pos, what: string): void {
    this.st.sink.notYetSupported(pos, what);
  }

  /** newBlock creates a block in the function being built. */
  newBlock(comment: string): ir.BasicBlock {
    return b.newBlock(this.fn, comment);
  }

  /** terminated reports whether the current block already ends in a terminator. */
  get terminated(): boolean {
    const last = this.block.instrs[this.block.instrs.length - 1];
    return last !== undefined && isTerminator(last);
  }

  /** jump ends the current block with a jump to target (unless it is already terminated). */
  jump(target: ir.BasicBlock, pos: Pos = NoPos): void {
    if (!this.terminated) b.emitJump(this.block, target, pos);
  }

  /** startUnreachable continues in a fresh block with no predecessors (after return, panic, break...). */
  startUnreachable(): void {
    this.block = this.newBlock('unreachable');
  }

  /** tv returns what the checker recorded for an expression. */
  tv(e: ast.Expr): TypeAndValue | undefined {
    const tv = this.info.types.get(e);
    if (!tv || this.smap.size === 0) return tv;
    let s = this.substituted.get(e);
    if (!s) this.substituted.set(e, (s = { ...tv, type: subst(tv.type, this.smap) }));
    return s;
  }

  /** subst applies the instance's type arguments to a type from the checker. */
  subst(t: Type): Type {
    return this.smap.size === 0 ? t : subst(t, this.smap);
  }

  /** typeOf returns the (default-typed) type of an expression, Invalid when the checker recorded nothing. */
  typeOf(e: ast.Expr): Type {
    const t = this.tv(e)?.type;
    return t ? defaultType(t) : Typ.Invalid;
  }

  /** objectOf returns the object an identifier denotes or declares. */
  objectOf(id: ast.Ident): Obj | undefined {
    return this.info.uses.get(id) ?? this.info.defs.get(id) ?? undefined;
  }

  /** constValue makes a Const of type t (or its default type) from an exact value. */
  constValue(value: ConstValue, t: Type): ir.Const {
    return b.constOf(defaultType(t), value);
  }

  /**
   * convertTo applies an implicit conversion (assignability) of v to type t: untyped constants take t, untyped nil
   * becomes t's nil, identical types pass through, and types with identical underlying types get a no-op Convert.
   */
  convertTo(v: ir.Value, t: Type, pos: Pos): ir.Value {
    if (t.kind === 'Basic' && t.name === 'Invalid') return v;
    if (t.underlying().kind === 'Interface') return this.toInterface(v, t, pos);
    if (v.kind === 'Const') {
      if (isUntypedType(v.type) || !sameType(v.type, t)) {
        if (v.value === undefined) return b.zeroConst(t);
        if (t.underlying().kind === 'Basic') return b.constOf(t, v.value);
      }
      if (sameType(v.type, t)) return v;
    }
    if (sameType(v.type, t)) return v;
    return b.emitConvert(this.block, v, t, pos);
  }

  /**
   * toInterface converts v to interface type t: an interface value changes its static type (ChangeInterface), untyped
   * nil is the nil interface, and any other value is boxed (MakeInterface) — an allocation site unless the value fits
   * in the interface's data word.
   */
  toInterface(v: ir.Value, t: Type, pos: Pos): ir.Value {
    if (v.type.underlying().kind === 'Interface') {
      return sameType(v.type, t) ? v : b.emit<ir.ChangeInterface>(this.block, { kind: 'ChangeInterface', x: v, pos, type: t });
    }
    if (v.kind === 'Const' && isUntypedType(v.type)) {
      if (v.value === undefined) return b.zeroConst(t);
      v = b.constOf(defaultType(v.type), v.value);
    }
    ensureMethods(this.st, v.type);
    // A constant is boxed in static read-only data (boxed values are never written): no allocation site.
    const boxed = !isDirectIface(v.type, this.st.prog.sizes) && v.kind !== 'Const';
    return b.emitMakeInterface(this.block, v, t, boxed, pos);
  }

  /**
   * runtimeFunc returns the runtime function `name` (for constructs built as calls into the runtime, such as decoding
   * a string's runes); undefined, after a diagnostic at pos, when the runtime does not define it.
   */
  runtimeFunc(name: string, pos: Pos): ir.Function | undefined {
    const obj = this.st.runtime?.scope.lookup(name);
    const fn = obj?.kind === 'Func' ? this.st.funcs.get(obj) : undefined;
    if (!fn) this.unsupported(pos, `runtime.${name} (missing from the runtime)`);
    return fn;
  }

  /** runtimeType returns the runtime's type `name` (such as the map iterator hiter). */
  runtimeType(name: string, pos: Pos): Type {
    const obj = this.st.runtime?.scope.lookup(name);
    if (obj?.kind === 'TypeName') return obj.type;
    this.unsupported(pos, `runtime.${name} (missing from the runtime)`);
    return Typ.Invalid;
  }

  /**
   * varAddress returns the address of local variable obj: its Alloc here, or, in a function literal, a free variable
   * holding the address of an enclosing function's variable (captured by reference: the enclosing Alloc becomes a
   * heap allocation, which escape analysis may move back to the stack). Undefined for non-locals.
   */
  varAddress(obj: VarObj): ir.Alloc | ir.FreeVar | undefined {
    const local = this.vars.get(obj);
    if (local) return local;
    const captured = this.captures.find((c) => c.obj === obj);
    if (captured) return captured.fv;
    const outer = this.parent?.varAddress(obj);
    if (!outer) return undefined;
    const byValue = this.reassigned !== undefined && capturedByValue(this, obj, this.reassigned);
    if (!byValue && outer.kind === 'Alloc') outer.heap = true;
    const fv: ir.FreeVar = {
      kind: 'FreeVar',
      name: obj.name,
      index: this.fn.freeVars.length,
      parent: this.fn,
      pos: obj.pos,
      type: byValue ? b.elemOf(outer.type) : outer.type,
      referrers: [],
    };
    this.fn.freeVars.push(fv);
    this.captures.push({ obj, fv, outer, byValue });
    if (!byValue) return fv;
    // The copy: a local variable initialized from the free variable when the literal starts.
    const entry = this.fn.blocks[0]!;
    const copy = b.insertAt<ir.Alloc>(entry, 0, { kind: 'Alloc', elem: fv.type, heap: false, comment: obj.name, escape: undefined, pos: obj.pos, type: outer.type });
    b.insertAt<ir.Store>(entry, 1, { kind: 'Store', addr: copy, val: fv, pos: obj.pos });
    this.vars.set(obj, copy);
    return copy;
  }

  /**
   * nilCheck panics with gc's nil dereference error when v (a pointer or an interface) is nil: for the operations that
   * must fail at once although they do not dereference yet (`&*p`, a method value or a deferred call on nil).
   */
  nilCheck(v: ir.Value, pos: Pos): void {
    const panicNil = this.runtimeFunc('panicNil', pos);
    if (!panicNil) return;
    const fail = this.newBlock('nilcheck.fail');
    const ok = this.newBlock('nilcheck.ok');
    const isNil = b.emitBinOp(this.block, '==', v, b.zeroConst(v.type), Typ.bool, pos);
    b.emitIf(this.block, isNil, fail, ok, pos);
    this.block = fail;
    b.emitCall(fail, panicNil, [], b.callResultType(panicNil.signature), pos);
    b.emitUnreachable(fail);
    this.block = ok;
  }

  /** local emits a stack Alloc for a local variable and records it; comment is the variable's name. */
  local(obj: VarObj, pos: Pos): ir.Alloc {
    const a = b.emitAlloc(this.block, this.subst(obj.type), false, obj.name, pos);
    this.vars.set(obj, a);
    return a;
  }

  /** load emits `*addr`. */
  load(addr: ir.Value, pos: Pos): ir.Value {
    return b.emitLoad(this.block, addr, pos);
  }

  /** store emits `*addr = val`, converting val to the element type first. */
  store(addr: ir.Value, val: ir.Value, pos: Pos): void {
    const elem = b.elemOf(addr.type);
    b.emitStore(this.block, addr, this.convertTo(val, elem, pos), pos);
  }

  /** findTarget returns the innermost target for break/continue (with a label: the labelled one). */
  findTarget(label: Label | undefined, forContinue: boolean): Target | undefined {
    for (let i = this.targets.length - 1; i >= 0; i--) {
      const t = this.targets[i]!;
      if (label ? t.label === label : !forContinue || t.continueTo) {
        if (forContinue && !t.continueTo) return undefined;
        return t;
      }
    }
    return undefined;
  }

  /** labelBlock returns the block a label names, creating it on first use (a goto may precede its label). */
  labelBlock(label: Label): ir.BasicBlock {
    let blk = this.labelBlocks.get(label);
    if (!blk) {
      blk = this.newBlock(`label.${label.name}`);
      this.labelBlocks.set(label, blk);
    }
    return blk;
  }

  /** takeLabel returns the label of the statement being built (if labelled) and clears it. */
  takeLabel(): Label | undefined {
    const l = this.pendingLabel;
    this.pendingLabel = undefined;
    return l;
  }
}
