// The escape-analysis pass: runs the interprocedural analysis (summary.ts) over the whole program, then writes its
// verdict onto every heap allocation site of the IR. A site whose memory escapes gets `escape = { reason: 'escapes',
// pos }` with the position of the instruction where its address first flows into the heap (NoPos: unknown); one that
// does not escape but runs more than once per call with an older object possibly still alive (loops.ts) gets
// `{ reason: 'escapes', pos: NoPos }`; a map insertion (whose growth has no object of its own: the new storage
// belongs to the map) gets `size-not-constant`, as does a defer record in a loop (one per execution); a `[]byte(s)` that does not escape and is never written (writes.ts)
// shares s's bytes instead of copying them; every other heap site gets `escape = undefined`, which tells
// heap-to-stack that it may move it to the stack. Sites already off the heap are left untouched.

import { NoPos } from '../../compiler/syntax/source.ts';
import type * as ir from '../../ir/ir.ts';
import { isAllocSite } from '../../ir/ir.ts';
import { inCycle, reusableSlot } from './loops.ts';
import { analyzeProgram, programFunctions, type EscapeResult } from './summary.ts';

/** analyzeEscapes runs escape analysis over prog and records the result in each heap site's `escape` field. */
export function analyzeEscapes(prog: ir.Program): EscapeResult {
  const result = analyzeProgram(prog);
  for (const fn of programFunctions(prog)) {
    const g = result.graphs.get(fn);
    if (!g) continue;
    for (const b of fn.blocks)
      for (const i of b.instrs) {
        if (!isAllocSite(i) || !i.heap) continue;
        if (i.kind === 'MapUpdate') {
          i.escape = { reason: 'size-not-constant' };
          continue;
        }
        if (i.kind === 'Go') {
          // The goroutine's stack and the operands bound to its call outlive the frame of the go statement.
          i.escape = { reason: 'escapes', pos: i.pos };
          continue;
        }
        if (i.kind === 'Defer') {
          // A defer record lives in its function's frame; in a loop each execution needs its own.
          i.escape = inCycle(i.block) ? { reason: 'size-not-constant' } : undefined;
          continue;
        }
        const o = g.objects.get(i);
        if (o && !o.escapes && i.kind === 'StrConv' && i.op === 'string->bytes' && !result.writes.get(fn)?.writtenNotByAppend.has(o)) {
          // A []byte(s) that is only read shares s's bytes: no copy, no allocation.
          i.share = true;
          i.heap = false;
          continue;
        }
        if (!o || o.escapes) i.escape = { reason: 'escapes', pos: o ? o.escapePos : NoPos };
        else if (!reusableSlot(g, i)) i.escape = { reason: 'escapes', pos: NoPos };
        else i.escape = undefined;
      }
  }
  return result;
}
