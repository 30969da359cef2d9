// The escape-analysis data-flow graph of one function, in the spirit of gc's cmd/compile/internal/escape (but our own
// code, over our SSA IR). A Location is something that holds a value: the heap (every global, every caller-owned or
// unknown memory), the memory object of one Alloc, one SSA value, one parameter, one result slot of the function, or
// one result of a call. An Edge `dst ← src (derefs)` says that dst's value may contain `*^derefs src`:
//   derefs = -1  dst = &src   (address-of: the Alloc instruction, a Global's address)
//   derefs =  0  dst = src    (copy: phi, field/index address, conversion, store into resolved memory, return)
//   derefs = +1  dst = *src   (load)
// Edges are kept on their destination (incoming lists, as gc does), and each records the position of the instruction
// that created it, so that an escaping allocation can be reported at the line where it first flows into the heap.
//
// Objects are field-sensitive where the IR makes it cheap: `&a.f` on an Alloc (or on such a field address) points to a
// sub-object for field f, whose contents are its own, so `t.a = &x; global = t.b` leaves x local as gc does. A whole
// object's contents include its fields' (internal edges `object ← field (0)`), a store to a whole object also writes
// each of its fields (stores.ts), and when any part of an object escapes the whole allocation does (solve.ts).
//
// Invariants: only allocation-site objects (and their field sub-objects) and the heap are ever the source of a -1 edge;
// parameter and call-result locations
// have an incoming edge from the heap (their values may point anywhere), which a walk from a root never follows
// because the heap is itself a root.

import type { Pos } from '../../compiler/syntax/source.ts';
import type * as ir from '../../ir/ir.ts';
import type { Sizes } from '../../compiler/types/sizes.ts';

/** LocationKind classifies what a Location stands for. */
export type LocationKind = 'heap' | 'object' | 'value' | 'param' | 'result' | 'callResult';

/** Edge is one incoming data-flow edge `dst ← src` with its dereference count and the creating instruction's pos. */
export interface Edge {
  src: Location;
  derefs: number;
  pos: Pos;
  /** internal marks the edge `object ← field sub-object` that makes a whole object's contents include its fields'. */
  internal?: boolean;
}

/** Location is a node of the escape graph; `edges` are its incoming edges. */
export class Location {
  /** edges are the incoming flows into this location. */
  readonly edges: Edge[] = [];
  /** escapes is set when the location is (or lives in) the heap: it outlives the function. */
  escapes = false;
  /** escapePos is the position where this object first flowed into the heap (objects only). */
  escapePos: Pos = 0;
  /** walkgen, derefs and rootPos are the solver's per-walk scratch state. */
  walkgen = 0;
  derefs = 0;
  rootPos: Pos = 0;
  atRoot = false;
  /** parent is the enclosing object of a field sub-object (undefined for a whole Alloc object). */
  parent: Location | undefined;
  /** fields maps a field index to the sub-object for that field of this object (field-sensitive objects). */
  readonly fields = new Map<number, Location>();

  constructor(
    /** id numbers the location within its graph. */
    readonly id: number,
    readonly kind: LocationKind,
    /** value is the SSA value (value, param), the allocation site (object) or the Call (callResult) it belongs to. */
    readonly value: ir.Value | undefined,
    /** index is the parameter, result or call-result index. */
    readonly index: number,
  ) {}

  /** flow adds the edge `this ← src (derefs)` unless an identical edge exists; it reports whether it was new. */
  flow(src: Location, derefs: number, pos: Pos): boolean {
    if (src === this && derefs === 0) return false;
    for (const e of this.edges) if (e.src === src && e.derefs === derefs) return false;
    this.edges.push({ src, derefs, pos });
    return true;
  }

  /** toString names the location for debugging and test messages. */
  toString(): string {
    const v = this.value;
    const name = v && 'id' in v ? `t${v.id}` : v && 'name' in v ? String(v.name) : '';
    return `${this.kind}${name ? ' ' + name : ''}${this.kind === 'result' || this.kind === 'callResult' ? '#' + this.index : ''}`;
  }
}

/** StoreSite is one `*addr = val` whose destination memory the store resolver finds (stores.ts). */
export interface StoreSite {
  addr: Location;
  val: Location;
  pos: Pos;
  /** targets are the memory locations the store has already been resolved to. */
  targets: Set<Location>;
}

/** family returns an object with all its field sub-objects, recursively (root object first). */
export function family(o: Location): Location[] {
  let top = o;
  while (top.parent) top = top.parent;
  const out: Location[] = [];
  const visit = (l: Location): void => {
    out.push(l);
    for (const f of l.fields.values()) visit(f);
  };
  visit(top);
  return out;
}

/** Graph is the escape graph of one function. */
export class Graph {
  /** all lists every location in creation order. */
  readonly all: Location[] = [];
  /** heap is the one location standing for all memory that outlives the function. */
  readonly heap: Location;
  /** objects maps each allocation site to the location of the memory it allocates. */
  readonly objects = new Map<ir.ValueSite, Location>();
  /** values maps SSA values (instructions, parameters, globals) to their locations. */
  readonly values = new Map<ir.Value, Location>();
  /** params are the function's parameter locations, by index. */
  readonly params: Location[] = [];
  /** results are the function's result slots, by index. */
  readonly results: Location[] = [];
  /** callResults maps each Call or Invoke to one location per result. */
  readonly callResults = new Map<ir.Call | ir.Invoke, Location[]>();
  /** stores are the pointer-carrying stores, resolved to memory locations by resolveStores. */
  readonly stores: StoreSite[] = [];
  /** writes are the addresses of every store, pointer-carrying or not; byAppend marks an append's in-place ones. */
  readonly writes: { addr: Location; byAppend: boolean }[] = [];

  constructor(
    readonly fn: ir.Function,
    /** sizes are the target's sizes (which values an interface stores directly). */
    readonly sizes: Sizes,
  ) {
    this.heap = this.newLocation('heap', undefined, 0);
    this.heap.escapes = true;
  }

  /** newLocation creates and registers a location. */
  newLocation(kind: LocationKind, value: ir.Value | undefined, index: number): Location {
    const l = new Location(this.all.length, kind, value, index);
    this.all.push(l);
    return l;
  }

  /** objectOf returns the memory location of an allocation site, creating it (with `t ← object (-1)`) on first use. */
  objectOf(a: ir.ValueSite): Location {
    let o = this.objects.get(a);
    if (!o) {
      o = this.newLocation('object', a, 0);
      this.objects.set(a, o);
      this.valueLoc(a).flow(o, -1, a.pos);
    }
    return o;
  }

  /**
   * fieldOf returns the sub-object for field `field` of object o, creating it with the internal edge
   * `o ← sub (0)` (reading the whole object reads its fields).
   */
  fieldOf(o: Location, field: number): Location {
    let f = o.fields.get(field);
    if (!f) {
      f = this.newLocation('object', o.value, field);
      f.parent = o;
      o.fields.set(field, f);
      o.edges.push({ src: f, derefs: 0, pos: 0, internal: true });
    }
    return f;
  }

  /** valueLoc returns the location of an SSA value, creating it on first use. */
  valueLoc(v: ir.Value): Location {
    let l = this.values.get(v);
    if (!l) {
      // A closure's free variables are parameters too, numbered after the real ones (summaries cover both).
      const param = v.kind === 'Parameter' ? v.index : v.kind === 'FreeVar' ? this.fn.params.length + v.index : -1;
      l = this.newLocation(param >= 0 ? 'param' : 'value', v, Math.max(param, 0));
      this.values.set(v, l);
      if (v.kind === 'Global') l.flow(this.heap, -1, v.pos);
      if (param >= 0) l.flow(this.heap, 0, 'pos' in v ? v.pos : 0);
    }
    return l;
  }

  /** locOf returns the location of an operand, or undefined for values that can never point to local memory. */
  locOf(v: ir.Value): Location | undefined {
    switch (v.kind) {
      case 'Const':
      case 'Function':
      case 'Builtin':
        return undefined;
      case 'Alloc':
        this.objectOf(v);
        return this.valueLoc(v);
      default:
        return this.valueLoc(v);
    }
  }
}
