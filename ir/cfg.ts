// Edits of a function's control-flow graph that keep blocks, edges, phis and referrer lists consistent: removing the
// blocks the entry no longer reaches, and folding a conditional branch whose outcome is known (reachability folds
// the branch of a type assertion to a type that is never in an interface).

import * as b from './builder.ts';
import { reversePostorder } from './dom.ts';
import type * as ir from './ir.ts';

/** removeUnreachableBlocks deletes the blocks not reachable from the entry and renumbers the rest. */
export function removeUnreachableBlocks(fn: ir.Function): void {
  if (fn.blocks.length === 0) return;
  const live = new Set(reversePostorder(fn));
  for (const blk of fn.blocks) {
    if (live.has(blk)) continue;
    for (const s of blk.succs) if (live.has(s)) while (s.preds.includes(blk)) removeEdge(blk, s);
    for (const i of [...blk.instrs]) b.removeInstr(i);
  }
  fn.blocks = fn.blocks.filter((blk) => live.has(blk));
  fn.blocks.forEach((blk, i) => (blk.index = i));
}

/**
 * foldIf replaces the If ending blk by a Jump to its successor `taken` (0: then, 1: else) and removes the other edge;
 * the caller removes the blocks this leaves unreachable.
 */
export function foldIf(blk: ir.BasicBlock, taken: 0 | 1): void {
  const last = blk.instrs[blk.instrs.length - 1];
  if (last?.kind !== 'If') return;
  const kept = blk.succs[taken]!;
  const dropped = blk.succs[1 - taken]!;
  removeEdge(blk, dropped); // when kept === dropped, one of blk's two entries in its preds
  blk.succs = [kept];
  b.removeInstr(last);
  b.emit<ir.Jump>(blk, { kind: 'Jump', pos: last.pos });
}

/** removeEdge removes from's (last) entry in to.preds and the matching edge of to's phis; from.succs is the caller's. */
function removeEdge(from: ir.BasicBlock, to: ir.BasicBlock): void {
  const j = to.preds.lastIndexOf(from);
  if (j < 0) return;
  to.preds.splice(j, 1);
  for (const i of to.instrs) {
    if (i.kind !== 'Phi') continue;
    const removed = i.edges.splice(j, 1)[0];
    if (removed) {
      const k = removed.referrers.indexOf(i);
      if (k >= 0) removed.referrers.splice(k, 1);
    }
  }
}
