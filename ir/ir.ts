// The tsgo SSA IR: a Go-level, typed, static-single-assignment form in the style of golang.org/x/tools/go/ssa.
// Escape analysis and heap-to-stack run here, and the allocation report is read off this IR, so every allocation the
// program can make is an explicit instruction carrying its position.
//
// Shape: a Program holds Packages; a Package holds Functions and Globals; a Function holds BasicBlocks; a block holds
// Instructions, the last of which is a terminator (Jump, If, Return, Panic, Unreachable). Values are Consts,
// Globals, Functions (as values), Parameters, Builtins and the value-producing instructions. Operands are Values;
// `referrers` lists are maintained by the builder helpers in builder.ts and checked by validate.ts.
//
// Every variant's doc comment ends with its printed form (printer.ts is the one canonical printer). A printed function
// is a `# Name:` / `# Package:` / `# Location:` header, `func name(params) results:`, then each block as a header
// `<index>: <comment>  P:<#preds> S:<#succs>` followed by its instructions, one per tab-indented line; a value
// instruction prints as `t<id> = ...` with its type right-aligned from column 50. Operands print as `t<id>`, a
// parameter's name, a global's or function's qualified name, a builtin's name, or a constant as `value:type`.

import type { Pos } from '../compiler/syntax/source.ts';
import type { FileSet } from '../compiler/syntax/source.ts';
import type { ConstValue } from '../compiler/types/constant.ts';
import type { Builtin as BuiltinObj, Func as FuncObj, Var as VarObj } from '../compiler/types/objects.ts';
import type { Signature, Type, Package as TypesPackage } from '../compiler/types/types.ts';
import type { Sizes } from '../compiler/types/sizes.ts';
import type { Instruction, ValueInstruction } from './instr.ts';

export * from './instr.ts';

// ---------------------------------------------------------------------------------------------------------------------
// Values that are not instructions

export interface ValueBase {
  /** type is the Go type of the value. */
  type: Type;
  /** referrers are the instructions that use this value as an operand. */
  referrers: Instruction[];
}

/**
 * Const is a constant of a basic type, or the zero value of any type (value undefined: nil pointer, zero struct...).
 *     42:int    "hi":string    nil:*int    zero:main.T
 */
export interface Const extends ValueBase {
  kind: 'Const';
  value: ConstValue | undefined;
}

/**
 * Global is a package-level variable. Its type is a *pointer* to the variable's type, as in go/ssa.
 *     main.global
 */
export interface Global extends ValueBase {
  kind: 'Global';
  name: string;
  /** qualifiedName is the symbol name: `main.global`. */
  qualifiedName: string;
  pkg: Package;
  object: VarObj | undefined;
  pos: Pos;
  /**
   * init is the variable's initial value when its initializer is a constant, or a composite literal of constants
   * of array or struct type: the variable starts with it (static data) and the package initializer does not store it.
   */
  init?: StaticValue;
  /**
   * initFunc computes the variable's initial value when that takes code without side effects (a map literal, a
   * literal holding other variables' values): the package initializer calls it in init order only when a reachable
   * function refers to the variable (passes/reachable.ts), so an unused table costs nothing.
   */
  initFunc?: Function;
  /**
   * linked is the variable a `//go:linkname name importpath.name` directive on the declaration names (math/bits'
   * overflowError is the runtime's): reachability uses it with this one, and passes/linkname.ts makes every use of
   * this variable use it.
   */
  linked?: Global;
}

/**
 * StaticAggregate is the static initial value of an array or struct variable: one entry per element or field,
 * undefined for a zero one.
 */
export interface StaticAggregate {
  kind: 'StaticAggregate';
  type: Type;
  elems: (StaticValue | undefined)[];
}

/**
 * StaticAddr is the address of a package-level variable, typically an anonymous one holding the static value of
 * `&T{...}` or of a slice literal's array (named `pkg.stmp$N`, as gc's `..stmp_N`).
 */
export interface StaticAddr {
  kind: 'StaticAddr';
  type: Type;
  global: Global;
}

/** StaticSlice is the slice of a whole static array (len = cap = the array's length): a slice literal's value. */
export interface StaticSlice {
  kind: 'StaticSlice';
  type: Type;
  array: Global;
  len: number;
}

/**
 * StaticIface is an interface value holding a pointer (its data word): `errors.New("x")`'s value is the static
 * `&errorString{"x"}` of dynamic type *errors.errorString.
 */
export interface StaticIface {
  kind: 'StaticIface';
  type: Type;
  dynType: Type;
  value: StaticValue;
}

/** StaticValue is a package variable's static initial value. */
export type StaticValue = Const | StaticAggregate | StaticAddr | StaticSlice | StaticIface;

/**
 * Parameter is a function's formal parameter (the receiver first, for methods).
 *     x
 */
export interface Parameter extends ValueBase {
  kind: 'Parameter';
  name: string;
  index: number;
  parent: Function;
  object: VarObj | undefined;
  pos: Pos;
}

/**
 * FreeVar is a value a closure captures, read from its context: the address of a captured variable (variables are
 * captured by reference), or the receiver a method value binds. A closure's free variables are the bindings of the
 * MakeClosure that creates it, in order.
 *     x (free)
 */
export interface FreeVar extends ValueBase {
  kind: 'FreeVar';
  name: string;
  index: number;
  parent: Function;
  pos: Pos;
}

/**
 * Builtin is a builtin function used as a call's callee: `println`, `print`, `len`, `panic` is a Panic instruction.
 *     println
 */
export interface Builtin extends ValueBase {
  kind: 'Builtin';
  name: BuiltinObj['id'];
}

/**
 * Function is a Go function or method, or a synthetic one (package init, the program entry). As a value it is the
 * function itself (a static callee). A Function without blocks is external: its body comes from assembly or glue IR.
 *     main.foo    (*main.T).M
 */
export interface Function extends ValueBase {
  kind: 'Function';
  /** name is the short name: `foo`, `M`, `init`, `main$1`. */
  name: string;
  /** qualifiedName is the symbol and -print-allocs name: `main.foo`, `(*main.T).M`, `main.T.M`, `main.main$1`. */
  qualifiedName: string;
  type: Signature;
  signature: Signature;
  pkg: Package | undefined;
  object: FuncObj | undefined;
  params: Parameter[];
  blocks: BasicBlock[];
  pos: Pos;
  /** synthetic describes a compiler-made function ("package initializer", "program entry"), '' otherwise. */
  synthetic: string;
  /** directives are the `//go:` and `//export` lines on the declaration (e.g. go:noinline, export NAME). */
  directives: { name: string; args: string }[];
  /** nextValueId is the id the next value instruction gets (builder.ts; renumber() compacts ids after lifting). */
  nextValueId: number;
  /**
   * freeVars are a closure's captured values (a function literal or a bound method); a function with hasContext
   * takes its context as a hidden last parameter, from which the free variables are read.
   */
  freeVars: FreeVar[];
  /** hasContext marks functions called through function values with a context: function literals and wrappers. */
  hasContext: boolean;
  /** hasDefer marks functions with defer statements (they start with SetupDefers). */
  hasDefer: boolean;
  /** stackCheck is set (passes/stackcheck.ts) when the function checks for stack overflow on entry. */
  stackCheck?: boolean;
  /**
   * build is set while the function's body is declared but not built yet: the SSA builder builds a body only when
   * reachability reaches the function (passes/reachable.ts calls build, which clears it), so that unused code of
   * imported packages is never built. Without blocks and without build, a function is external (bodyless).
   */
  build?: () => void;
}

/** hasBody reports whether fn has Go code: built blocks, or a body waiting to be built. */
export function hasBody(fn: Function): boolean {
  return fn.blocks.length > 0 || fn.build !== undefined;
}

/** Value is anything usable as an operand. */
export type Value = Const | Global | Parameter | FreeVar | Builtin | Function | ValueInstruction;

// ---------------------------------------------------------------------------------------------------------------------
// Containers

/**
 * BasicBlock is a straight-line sequence of instructions ending in a terminator. preds/succs are kept in sync by
 * the builder; a Phi's edges follow preds' order.
 */
export interface BasicBlock {
  index: number;
  comment: string;
  parent: Function;
  instrs: Instruction[];
  preds: BasicBlock[];
  succs: BasicBlock[];
}

/** Package is one Go package in IR form. */
export interface Package {
  path: string;
  name: string;
  types: TypesPackage | undefined;
  functions: Function[];
  globals: Global[];
  /** init is the synthetic package initializer `pkg.init` (globals' initializers, then user init funcs). */
  init: Function;
}

/** Program is the whole program: every package in dependency order (runtime first, main last). */
export interface Program {
  fset: FileSet;
  sizes: Sizes;
  packages: Package[];
  /** entry is the synthetic program entry: initializes every package in order, then calls main.main. */
  entry: Function | undefined;
  /**
   * recoverUsed is set when the program calls recover: only then can a panic resume a function, and only then do
   * functions with defer statements save a recovery point.
   */
  recoverUsed?: boolean;
  /** vectors are the interrupt handlers the program registers with interrupt.New (passes/interrupts.ts), by id. */
  vectors?: InterruptVector[];
  /**
   * boxedTypes are the types whose values can be in an interface (reachability: the MakeInterface operands, and with
   * reflect linked the types they are made of); codegen's dispatchers compare with these.
   */
  boxedTypes?: Type[];
}

/** InterruptVector is one `interrupt.New(id, handler)`: codegen emits the vector entry that calls handler. */
export interface InterruptVector {
  id: number;
  handler: Function;
  /** context is the package variable a method-value handler is bound to (its context word is that address). */
  context?: Global;
  /** pos is the interrupt.New call's position. */
  pos: Pos;
}
