// The instructions of the tsgo SSA IR (see ir.ts for the IR's shape and printed form; ir.ts re-exports everything
// here): one interface per instruction kind, the unions that group them, and the helpers that classify instructions
// and list their operands.

import type { Pos } from '../compiler/syntax/source.ts';
import type { Type } from '../compiler/types/types.ts';
import type { Func as FuncObj } from '../compiler/types/objects.ts';
import type { BasicBlock, Function, Value, ValueBase } from './ir.ts';

// ---------------------------------------------------------------------------------------------------------------------
// Instructions

interface InstrBase {
  /** block is the basic block holding the instruction. */
  block: BasicBlock;
  /** pos is the source position the instruction is reported at (NoPos when synthetic). */
  pos: Pos;
}

interface ValueInstrBase extends InstrBase, ValueBase {
  /** id numbers the value within its function; printed as `t<id>`. */
  id: number;
}

/** EscapeNote records why an Alloc stays on the heap; set by passes/escape, read by the allocation report. */
export type EscapeNote =
  | { reason: 'escapes'; pos: Pos } // "escapes at line N" (pos is where it escapes; NoPos: "escapes at unknown line")
  | { reason: 'size-not-constant' }
  | { reason: 'too-large'; size: number; max: number };

/**
 * SiteFields are carried by every allocation site (the instructions in AllocSite): whether the object lives on the
 * heap, and why it stays there. The SSA builder creates sites with heap=true (except where the object provably needs
 * no memory); escape analysis fills in `escape` for the ones that must stay on the heap, and heap-to-stack flips the
 * others to the stack (see notes/allocs.md).
 */
interface SiteFields {
  /** heap=true: the object is allocated with runtime.alloc; false: a stack slot (or no memory at all). */
  heap: boolean;
  /** escape is filled in by escape analysis for allocations that stay on the heap. */
  escape: EscapeNote | undefined;
}

/**
 * Alloc allocates space for one value of type `elem` and yields a pointer to it (zeroed). heap=true means
 * runtime.alloc, heap=false a stack slot. The builder emits heap=true for every `&x` of an address-taken local,
 * `new(T)` and `&T{}`; heap-to-stack flips the ones escape analysis proves local. comment names the variable.
 *     t0 = new int (i)          (heap)
 *     t0 = local main.T (s)     (stack)
 */
export interface Alloc extends ValueInstrBase, SiteFields {
  kind: 'Alloc';
  elem: Type;
  comment: string;
}

/**
 * Phi merges one value per predecessor: edges[i] comes from block.preds[i].
 *     t3 = phi [0: t1, 2: t2] #x
 */
export interface Phi extends ValueInstrBase {
  kind: 'Phi';
  edges: Value[];
  comment: string;
}

/**
 * Call calls a Function (static), a Builtin, or any other value of function type (a dynamic call through a function
 * value, which panics when it is nil) with args; a method call passes the receiver as args[0]. Its type is the
 * result type: a Tuple for several results (read them with Extract), the empty Tuple for none.
 *     t2 = main.add(t0, 1:int)
 *     t3 = println("x":string, t2)
 *     t4 = t1(3:int)
 */
export interface Call extends ValueInstrBase {
  kind: 'Call';
  callee: Value;
  args: Value[];
}

/**
 * InlineAsm runs inline assembly: device/arm's and device/avr's Asm and AsmFull, whose calls passes/inlineasm.ts
 * lowers to it. template is LLVM's inline assembly template (`${0}` names operand 0, `$$` a literal `$`), constraints
 * LLVM's constraint string: the result's first when there is one (`=&r`), then one per operand of args in order (`r`
 * or, on AVR, `d`: an integer in registers; `*m`: the memory a pointer points to), then `~{memory}`, which makes the
 * assembly a compiler barrier. It has side effects: it is never removed or moved. Its type is the call's: uintptr
 * for AsmFull (0 when the template has no result), the empty tuple for Asm.
 *     t3 = asm "adds ${0}, ${1}, #1" "=&r,r,~{memory}" (t2)
 */
export interface InlineAsm extends ValueInstrBase {
  kind: 'InlineAsm';
  template: string;
  constraints: string;
  args: Value[];
}

/**
 * MakeClosure makes a function value of fn (a function with a context) with its free variables bound to bindings.
 * An allocation site for the context object: none is needed when there is no binding or one that fits in a pointer
 * word (the context is then the binding itself).
 *     t3 = make closure main.main$1 [t0, t1]
 */
export interface MakeClosure extends ValueInstrBase, SiteFields {
  kind: 'MakeClosure';
  fn: Function;
  bindings: Value[];
}

/** BinOpKind is an arithmetic, logical or comparison operator. `&&`/`||` never appear: they become control flow. */
export type BinOpKind =
  | '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '&^' | '<<' | '>>'
  | '==' | '!=' | '<' | '<=' | '>' | '>=';

/**
 * BinOp computes x op y with Go semantics (wrapping arithmetic; division by zero panics; shifts by >= width give 0
 * or the sign; a negative shift count panics). Comparisons yield bool. For shifts, y may be any integer type.
 *     t2 = t0 + t1
 */
export interface BinOp extends ValueInstrBase {
  kind: 'BinOp';
  op: BinOpKind;
  x: Value;
  y: Value;
}

/**
 * UnOp is `-x`, `!x`, `^x`, or `*x` (a load through a pointer, which nil-checks x).
 *     t1 = -t0    t2 = *t1
 */
export interface UnOp extends ValueInstrBase {
  kind: 'UnOp';
  op: '-' | '!' | '^' | '*';
  x: Value;
}

/**
 * Convert converts between basic types (integer widths and signedness, integer ↔ float, unsafe.Pointer ↔ uintptr
 * and pointers), and between types with identical underlying types (a no-op).
 *     t1 = convert uint8 <- int (t0)
 */
export interface Convert extends ValueInstrBase {
  kind: 'Convert';
  x: Value;
  /**
   * opaque marks a uintptr → unsafe.Pointer conversion whose integer was not computed in the same expression from a
   * pointer converted to uintptr (`unsafe.Pointer(x ^ 0)` with x a variable; a register address): Go's rules for
   * unsafe.Pointer give the result no provenance, so escape analysis, as gc's, sees a pointer to unknown memory.
   */
  opaque?: boolean;
}

/**
 * FieldAddr yields the address of field `field` of the struct that x points to (nil-checks x).
 *     t1 = &t0.name [#1]
 */
export interface FieldAddr extends ValueInstrBase {
  kind: 'FieldAddr';
  x: Value;
  field: number;
}

/**
 * Field yields field `field` of the struct value x.
 *     t1 = t0.name [#1]
 */
export interface Field extends ValueInstrBase {
  kind: 'Field';
  x: Value;
  field: number;
}

/**
 * IndexAddr yields the address of element `index` of the array that x points to (bounds-checked, nil-checked).
 *     t2 = &t0[t1]
 */
export interface IndexAddr extends ValueInstrBase {
  kind: 'IndexAddr';
  x: Value;
  index: Value;
}

/**
 * Index yields element `index` of an array value or the byte `index` of a string (bounds-checked).
 *     t2 = t0[t1]
 */
export interface Index extends ValueInstrBase {
  kind: 'Index';
  x: Value;
  index: Value;
}

/**
 * MakeSlice is `make([]T, len, cap)`: a new zeroed backing array of `cap` elements (an allocation site; on the stack
 * only when cap is a constant) and a slice of it. Negative or too large lengths panic as gc's makeslice does.
 *     t2 = make []int t0 t1
 */
export interface MakeSlice extends ValueInstrBase, SiteFields {
  kind: 'MakeSlice';
  len: Value;
  cap: Value;
}

/**
 * Slice is `x[low:high:max]` of a slice, a string or a pointer to an array; absent bounds are undefined (max only for
 * slices and arrays). It never allocates: the result shares x's memory. Bounds are checked with gc's messages.
 *     t3 = slice t0[t1:t2]    t4 = slice t0[:t2:t2]
 */
export interface Slice extends ValueInstrBase {
  kind: 'Slice';
  x: Value;
  low: Value | undefined;
  high: Value | undefined;
  max: Value | undefined;
}

/**
 * Append is `append(x, args...)`: with spread=false each arg is one element; with spread=true args holds one slice
 * (or a string, for `append(b, s...)` on a byte slice) whose elements are appended. An allocation site: it allocates
 * a larger backing array when x's capacity is too small (size is never constant).
 *     t3 = append t0 (t1, t2)    t4 = append t0 t2...
 */
export interface Append extends ValueInstrBase, SiteFields {
  kind: 'Append';
  x: Value;
  args: Value[];
  spread: boolean;
}

/** StrConvOp names a conversion between strings and byte/rune slices or a rune. */
export type StrConvOp = 'string->bytes' | 'string->runes' | 'bytes->string' | 'runes->string' | 'rune->string';

/**
 * StrConv converts between string and []byte or []rune, or an integer (a rune) to a string. An allocation site for
 * the new bytes or elements. share=true (string↔[]byte only) means no copy is made at all: the result uses x's memory
 * (a `string(b)` only compared, or a `[]byte(s)` only read).
 *     t1 = string->bytes t0    t2 = bytes->string t1 (shared)
 */
export interface StrConv extends ValueInstrBase, SiteFields {
  kind: 'StrConv';
  op: StrConvOp;
  x: Value;
  share: boolean;
}

/**
 * Concat concatenates two or more strings into a new one (an allocation site for its bytes).
 *     t3 = concat t0 t1 "!":string
 */
export interface Concat extends ValueInstrBase, SiteFields {
  kind: 'Concat';
  args: Value[];
}

/**
 * MakeMap is `make(map[K]V, reserve)` (reserve undefined: no hint) or a map literal: a new map header with storage for
 * `reserve` entries. An allocation site (constant size when reserve is constant).
 *     t1 = make map[string]int 8:int
 */
export interface MakeMap extends ValueInstrBase, SiteFields {
  kind: 'MakeMap';
  reserve: Value | undefined;
}

/**
 * MapUpdate is `m[key] = value`. An allocation site: inserting may grow the map's storage (heap=false when the builder
 * knows the storage reserved at creation suffices, as for the entries of a map literal). A nil map panics.
 *     t0[t1] = t2
 */
export interface MapUpdate extends InstrBase, SiteFields {
  kind: 'MapUpdate';
  map: Value;
  key: Value;
  value: Value;
}

/**
 * Lookup is `m[key]`: the value, or the zero value when absent; with commaOk a Tuple (V, bool).
 *     t2 = t0[t1]    t3 = t0[t1],ok
 */
export interface Lookup extends ValueInstrBase {
  kind: 'Lookup';
  map: Value;
  key: Value;
  commaOk: boolean;
}

/**
 * MapRange starts an iteration over map `map` in the iterator variable `iter` (a pointer to a runtime.hiter).
 *     range t0 in t1
 */
export interface MapRange extends InstrBase {
  kind: 'MapRange';
  map: Value;
  iter: Value;
}

/**
 * MapNext advances the iteration in `iter` over `map` and yields a Tuple (ok bool, key K, value V); key and value are
 * meaningful only when ok.
 *     t3 = next t1 (t0)
 */
export interface MapNext extends ValueInstrBase {
  kind: 'MapNext';
  map: Value;
  iter: Value;
}

/**
 * MakeInterface converts a value of a non-interface type to an interface type (boxing). A value that fits in a
 * pointer word is stored in the interface's data word (no memory: heap=false from the start); a larger one is copied
 * to a new object, an allocation site.
 *     t1 = make interface{} <- int (t0)
 */
export interface MakeInterface extends ValueInstrBase, SiteFields {
  kind: 'MakeInterface';
  x: Value;
}

/**
 * ChangeInterface converts an interface value to another interface type that its static type implements (no
 * check, same dynamic value).
 *     t1 = change interface error <- main.E (t0)
 */
export interface ChangeInterface extends ValueInstrBase {
  kind: 'ChangeInterface';
  x: Value;
}

/**
 * TypeAssert is `x.(T)` for an interface value x: to a concrete type (the dynamic type must be T) or to an interface
 * type (the dynamic type must implement it). Without commaOk a failure panics with gc's interface-conversion
 * message; with commaOk the result is a Tuple (T, bool) holding the zero value on failure.
 *     t1 = typeassert t0.(int)    t2 = typeassert,ok t0.(error)
 */
export interface TypeAssert extends ValueInstrBase {
  kind: 'TypeAssert';
  x: Value;
  assertedType: Type;
  commaOk: boolean;
}

/**
 * Invoke calls method `method` (an interface's method object) on the dynamic value of interface x, with args; its
 * type is the result type as for Call. A nil interface panics with a nil dereference.
 *     t2 = invoke t0.String()
 */
export interface Invoke extends ValueInstrBase {
  kind: 'Invoke';
  x: Value;
  method: FuncObj;
  args: Value[];
}

/**
 * SetupDefers starts a function that has defer statements: it links the function's defer frame into the goroutine's
 * chain and marks where a recovered panic resumes the function (which then runs its remaining deferred calls and
 * returns the current values in `results`, the Allocs holding the function's results). In the entry block.
 *     setup defers [t0, t1]
 */
export interface SetupDefers extends InstrBase {
  kind: 'SetupDefers';
  results: Value[];
}

/**
 * Defer pushes a deferred call: fn is a function value taking no arguments (the call and its arguments, evaluated at
 * the defer statement, are bound in it). An allocation site for the defer record: on the stack, except for a defer
 * in a loop, which needs a record per execution.
 *     defer t3
 */
export interface Defer extends InstrBase, SiteFields {
  kind: 'Defer';
  fn: Value;
}

/**
 * RunDefers runs the function's pending deferred calls, most recent first, and unlinks its defer frame; it precedes
 * every Return of a function with defer statements.
 *     rundefers
 */
export interface RunDefers extends InstrBase {
  kind: 'RunDefers';
}

/**
 * MakeChan makes a channel with a buffer of `size` elements (0: unbuffered). An allocation site for the channel's
 * header and buffer, one object.
 *     t2 = make chan int 4:int
 */
export interface MakeChan extends ValueInstrBase, SiteFields {
  kind: 'MakeChan';
  size: Value;
}

/**
 * Send sends x on the channel chan, blocking until a receiver or buffer space takes it.
 *     send t0 <- t1
 */
export interface Send extends InstrBase {
  kind: 'Send';
  chan: Value;
  x: Value;
}

/**
 * Recv receives from chan, blocking until a value arrives or the channel is closed. Its type is the element type,
 * or with commaOk the tuple (element, received-from-a-send).
 *     t3 = <-t0
 *     t4 = <-t0,ok
 */
export interface Recv extends ValueInstrBase {
  kind: 'Recv';
  chan: Value;
  commaOk: boolean;
}

/** SelectState is one communication case of a Select: a send of `send` on chan, or a receive from chan. */
export interface SelectState {
  dir: 'send' | 'recv';
  chan: Value;
  send: Value | undefined;
  pos: Pos;
}

/**
 * Select waits until one of its communication cases can proceed (or, when not blocking, takes the default case when
 * none can) and performs it. Its type is the tuple (index of the chosen state or -1 for default, received-from-a-send,
 * then one value per receive state, in order: the chosen one holds the received value).
 *     t5 = select blocking [<-t0, t1<-t2]
 */
export interface Select extends ValueInstrBase {
  kind: 'Select';
  states: SelectState[];
  blocking: boolean;
}

/**
 * Go starts a goroutine running fn, a synthetic function with a context that makes the `go` statement's call with
 * the operands bound to it (evaluated at the statement). An allocation site for the goroutine's stack, which also
 * holds the bound operands and the task record: always on the heap, as it outlives the frame.
 *     go main.main$gowrapper1 [t0, t1]
 */
export interface Go extends InstrBase, SiteFields {
  kind: 'Go';
  fn: Function;
  bindings: Value[];
}

/**
 * Extract yields result `index` of a Call that returns a Tuple.
 *     t3 = extract t2 #1
 */
export interface Extract extends ValueInstrBase {
  kind: 'Extract';
  tuple: Value;
  index: number;
}

/**
 * Store writes val to the variable that addr points to (nil-checks addr).
 *     *t0 = t1
 */
export interface Store extends InstrBase {
  kind: 'Store';
  addr: Value;
  val: Value;
}

/**
 * Jump transfers control to the block's only successor.
 *     jump 2
 */
export interface Jump extends InstrBase {
  kind: 'Jump';
}

/**
 * If branches to succs[0] when cond is true, else to succs[1].
 *     if t0 goto 1 else 2
 */
export interface If extends InstrBase {
  kind: 'If';
  cond: Value;
}

/**
 * Return returns results from the function (none for a function without results).
 *     return t1, t2
 */
export interface Return extends InstrBase {
  kind: 'Return';
  results: Value[];
}

/**
 * Panic starts a panic with value x (a string, integer or bool in this version) and does not return.
 *     panic t0
 */
export interface Panic extends InstrBase {
  kind: 'Panic';
  x: Value;
}

/**
 * Unreachable ends a block that control never reaches the end of (after a call that cannot return).
 *     unreachable
 */
export interface Unreachable extends InstrBase {
  kind: 'Unreachable';
}

/** ValueInstruction is an instruction that yields a value. */
export type ValueInstruction =
  | Alloc | Phi | Call | BinOp | UnOp | Convert | FieldAddr | Field | IndexAddr | Index | Extract
  | MakeSlice | Slice | Append | StrConv | Concat | MakeMap | Lookup | MapNext | MakeInterface | ChangeInterface
  | TypeAssert | Invoke | MakeClosure | MakeChan | Recv | Select | InlineAsm;

/** AllocSite is an instruction that may allocate memory: the subject of escape analysis and `-print-allocs`. */
export type AllocSite = ValueSite | MapUpdate | Defer | Go;

/** ValueSite is an allocation site that yields a value pointing to (or holding a pointer to) the object it allocates. */
export type ValueSite = Alloc | MakeSlice | Append | StrConv | Concat | MakeMap | MakeInterface | MakeClosure | MakeChan;

/** Terminator is an instruction that ends a block. */
export type Terminator = Jump | If | Return | Panic | Unreachable;

/** Instruction is any IR instruction. */
export type Instruction =
  | ValueInstruction | Store | MapUpdate | MapRange | SetupDefers | Defer | RunDefers | Send | Go | Terminator;

/** isValueInstruction reports whether an instruction yields a value. */
export function isValueInstruction(i: Instruction): i is ValueInstruction {
  return 'id' in i;
}

/** isAllocSite reports whether an instruction is an allocation site. */
export function isAllocSite(i: Instruction): i is AllocSite {
  switch (i.kind) {
    case 'Alloc':
    case 'MakeSlice':
    case 'Append':
    case 'StrConv':
    case 'Concat':
    case 'MakeMap':
    case 'MapUpdate':
    case 'MakeInterface':
    case 'MakeClosure':
    case 'MakeChan':
    case 'Defer':
    case 'Go':
      return true;
    default:
      return false;
  }
}

/** isTerminator reports whether an instruction ends a block. */
export function isTerminator(i: Instruction): i is Terminator {
  switch (i.kind) {
    case 'Jump':
    case 'If':
    case 'Return':
    case 'Panic':
    case 'Unreachable':
      return true;
    default:
      return false;
  }
}

/** operands returns the Values an instruction uses, in a fixed order. */
export function operands(i: Instruction): Value[] {
  switch (i.kind) {
    case 'Alloc':
    case 'Jump':
    case 'Unreachable':
      return [];
    case 'Phi':
      return i.edges;
    case 'Call':
      return [i.callee, ...i.args];
    case 'InlineAsm':
      return i.args;
    case 'BinOp':
      return [i.x, i.y];
    case 'UnOp':
    case 'Convert':
    case 'FieldAddr':
    case 'Field':
    case 'StrConv':
    case 'MakeInterface':
    case 'ChangeInterface':
    case 'TypeAssert':
      return [i.x];
    case 'IndexAddr':
    case 'Index':
      return [i.x, i.index];
    case 'Extract':
      return [i.tuple];
    case 'Store':
      return [i.addr, i.val];
    case 'If':
      return [i.cond];
    case 'Return':
      return i.results;
    case 'Panic':
      return [i.x];
    case 'MakeSlice':
      return [i.len, i.cap];
    case 'Slice':
      return [i.x, ...defined(i.low, i.high, i.max)];
    case 'Append':
      return [i.x, ...i.args];
    case 'Concat':
      return i.args;
    case 'MakeMap':
      return defined(i.reserve);
    case 'MapUpdate':
      return [i.map, i.key, i.value];
    case 'Lookup':
      return [i.map, i.key];
    case 'MapRange':
    case 'MapNext':
      return [i.map, i.iter];
    case 'Invoke':
      return [i.x, ...i.args];
    case 'MakeClosure':
      return i.bindings;
    case 'SetupDefers':
      return i.results;
    case 'Defer':
      return [i.fn];
    case 'RunDefers':
      return [];
    case 'MakeChan':
      return [i.size];
    case 'Send':
      return [i.chan, i.x];
    case 'Recv':
      return [i.chan];
    case 'Select':
      return i.states.flatMap((st) => defined(st.chan, st.send));
    case 'Go':
      return i.bindings;
  }
}

function defined(...vs: (Value | undefined)[]): Value[] {
  return vs.filter((v): v is Value => v !== undefined);
}
