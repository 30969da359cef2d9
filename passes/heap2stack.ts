// Heap-to-stack: the pass that acts on escape analysis's verdict. Every allocation site that escape analysis left
// without an escape note (it does not escape, and one stack slot per frame is enough for it) moves to the stack —
// unless its object is bigger than the target's maximum stack allocation, in which case it stays on the heap with the
// `too-large` note ("object size N exceeds maximum stack allocation size M"), as TinyGo does to keep the small stacks
// of microcontrollers from overflowing, or its size is only known at run time (`make([]T, n)`, a concatenation, an
// append that grows), which keeps it on the heap with `size-not-constant`. Allocations that escape are left as they
// are. The pass must run after analyzeEscapes.

import type * as ir from '../ir/ir.ts';
import { isAllocSite } from '../ir/ir.ts';
import { mapObject, stackMapHint } from '../ir/mapabi.ts';
import { chanObjectSize } from '../ir/chanabi.ts';
import { runeCount } from '../ir/layout.ts';
import { assertNever } from '../compiler/diag.ts';
import type { Type } from '../compiler/types/types.ts';
import { programFunctions } from './escape/summary.ts';

/** Heap2StackStats counts what the pass did, for tests and the driver's verbose output. */
export interface Heap2StackStats {
  moved: number;
  tooLarge: number;
  escaping: number;
}

/** constInt returns the value of an integer constant operand, or undefined. */
function constInt(v: ir.Value | undefined): number | undefined {
  return v?.kind === 'Const' && v.value?.kind === 'int' ? Number(v.value.value) : undefined;
}

function sizeof(prog: ir.Program, t: Type): number | undefined {
  try {
    return prog.sizes.sizeof(t);
  } catch {
    return undefined;
  }
}

function elemOf(t: Type): Type {
  const u = t.underlying();
  return u.kind === 'Slice' || u.kind === 'Array' || u.kind === 'Pointer' ? u.elem : t;
}

/** siteSize returns the size in bytes of the object an allocation site allocates, or undefined when not constant. */
export function siteSize(prog: ir.Program, a: ir.AllocSite): number | undefined {
  switch (a.kind) {
    case 'Alloc':
      return sizeof(prog, a.elem);
    case 'MakeSlice': {
      const n = constInt(a.cap);
      const es = sizeof(prog, elemOf(a.type));
      return n === undefined || es === undefined || n < 0 ? undefined : n * es;
    }
    case 'MakeMap': {
      const u = a.type.underlying();
      if (u.kind !== 'Map') return undefined;
      const hint = a.reserve ? constInt(a.reserve) : 0;
      const ks = sizeof(prog, u.key);
      const vs = sizeof(prog, u.elem);
      if (hint === undefined || ks === undefined || vs === undefined) return undefined;
      return mapObject(prog.sizes, ks, vs, stackMapHint(hint)).size;
    }
    case 'MakeInterface':
      return sizeof(prog, a.x.type);
    case 'StrConv':
      if (a.op === 'rune->string') return 4;
      if (a.op === 'string->bytes' && a.x.kind === 'Const' && a.x.value?.kind === 'string') return a.x.value.value.length;
      if (a.op === 'string->runes' && a.x.kind === 'Const' && a.x.value?.kind === 'string') return 4 * runeCount(a.x.value.value);
      return undefined;
    case 'MakeClosure':
      return closureContextSize(prog, a);
    case 'MakeChan': {
      const n = constInt(a.size);
      const es = sizeof(prog, elemOf(a.type));
      return n === undefined || es === undefined || n < 0 ? undefined : chanObjectSize(prog.sizes, es, n);
    }
    case 'Go':
      return undefined; // a goroutine's stack always outlives the frame that starts it
    case 'Defer':
      // A record: the function value and the link to the next record.
      return prog.sizes.sizeof(a.fn.type) + prog.sizes.ptrSize;
    case 'Concat':
    case 'Append':
    case 'MapUpdate':
      return undefined;
    default:
      return assertNever(a, 'allocation site');
  }
}

/** closureContextSize is the size of a closure's context object: its bindings laid out as a struct. */
export function closureContextSize(prog: ir.Program, c: ir.MakeClosure): number | undefined {
  const types = c.bindings.map((v) => v.type);
  if (types.length === 0) return 0;
  const offs = prog.sizes.offsetsof(types);
  const last = types.length - 1;
  return offs[last]! + prog.sizes.sizeof(types[last]!);
}

/**
 * heapToStack moves every non-escaping heap allocation of prog to the stack, within maxStackAlloc bytes per object
 * and, when maxStackFrame is set (AVR: the main stack is 256 bytes), within maxStackFrame bytes per function: the
 * smallest objects first; the rest stay on the heap, reported as exceeding the room the frame has left.
 */
export function heapToStack(prog: ir.Program, maxStackAlloc: number, maxStackFrame = Infinity): Heap2StackStats {
  const stats: Heap2StackStats = { moved: 0, tooLarge: 0, escaping: 0 };
  for (const fn of programFunctions(prog)) {
    const candidates: { site: ir.AllocSite; size: number }[] = [];
    for (const b of fn.blocks)
      for (const i of b.instrs) {
        if (!isAllocSite(i) || !i.heap) continue;
        if (i.escape) {
          stats.escaping++;
          continue;
        }
        const size = siteSize(prog, i);
        if (size === undefined) {
          i.escape = { reason: 'size-not-constant' };
          stats.escaping++;
        } else if (size > maxStackAlloc) {
          i.escape = { reason: 'too-large', size, max: maxStackAlloc };
          stats.tooLarge++;
        } else candidates.push({ site: i, size });
      }
    let room = maxStackFrame;
    for (const { site, size } of candidates.sort((a, b) => a.size - b.size)) {
      if (size > room) {
        site.escape = { reason: 'too-large', size, max: room };
        stats.tooLarge++;
        continue;
      }
      site.heap = false;
      room -= size;
      stats.moved++;
    }
  }
  for (const fn of programFunctions(prog)) boundMapGrowth(prog, fn);
  return stats;
}

/**
 * boundMapGrowth marks the insertions into a stack map that cannot make it grow: when every use of the map is in
 * its own function (no call receives it), every insertion is outside loops and there are no more of them than its
 * first storage block holds, none of them can need a new block (`m := map[string]int{}; m["a"] = 1` never
 * allocates).
 */
function boundMapGrowth(prog: ir.Program, fn: ir.Function): void {
  let inLoop: Set<ir.BasicBlock> | undefined;
  for (const blk of fn.blocks)
    for (const m of blk.instrs) {
      if (m.kind !== 'MakeMap' || m.heap) continue;
      const u = m.type.underlying();
      const hint = m.reserve ? constInt(m.reserve) : 0;
      if (u.kind !== 'Map' || hint === undefined) continue;
      const ks = sizeof(prog, u.key);
      const vs = sizeof(prog, u.elem);
      if (ks === undefined || vs === undefined) continue;
      const cap = mapObject(prog.sizes, ks, vs, stackMapHint(hint)).cap;
      const updates = m.referrers.filter((r): r is ir.MapUpdate => r.kind === 'MapUpdate');
      const local = m.referrers.every(
        (r) =>
          (r.kind === 'MapUpdate' && r.map === m && r.value !== m) ||
          (r.kind === 'Lookup' && r.map === m) ||
          r.kind === 'MapRange' ||
          (r.kind === 'Call' && r.callee.kind === 'Builtin' && ['len', 'delete', 'clear'].includes(r.callee.name)),
      );
      inLoop ??= loopBlocks(fn);
      const loops = inLoop;
      if (local && updates.length <= cap - cap / 4 && updates.every((x) => !loops.has(x.block))) {
        for (const x of updates) {
          x.heap = false;
          x.escape = undefined;
        }
      }
    }
}

/** loopBlocks returns the blocks of fn that lie on a cycle of its control-flow graph. */
function loopBlocks(fn: ir.Function): Set<ir.BasicBlock> {
  const out = new Set<ir.BasicBlock>();
  for (const start of fn.blocks) {
    const seen = new Set<ir.BasicBlock>();
    const work = [...start.succs];
    while (work.length > 0) {
      const b = work.pop()!;
      if (b === start) {
        out.add(start);
        break;
      }
      if (seen.has(b)) continue;
      seen.add(b);
      work.push(...b.succs);
    }
  }
  return out;
}
