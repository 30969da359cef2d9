// CFG clean-up run on each built function before lifting, as go/ssa's blockopt does: blocks unreachable from the entry
// are deleted, `if c goto s else s` and `if <constant> goto ...` become jumps, jumps through empty blocks are threaded (a → b → c becomes a → c when b holds only a Jump and c has no
// phis, so no phi edge order changes), and a block with a single successor is fused with that successor when it is
// the successor's only predecessor (the successor's phis are trivial then and are replaced by their one edge).
// Invariants after: fn.blocks[i].index === i, blocks[0] is the entry, every block is reachable.

import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import { removeUnreachableBlocks } from './lift.ts';

/** optimizeBlocks applies unreachable-block removal, jump threading and block fusion until nothing changes. */
export function optimizeBlocks(fn: ir.Function): void {
  if (fn.blocks.length === 0) return;
  removeUnreachableBlocks(fn);
  for (let changed = true; changed; ) {
    changed = false;
    const dead = new Set<ir.BasicBlock>();
    let cut = false;
    for (const blk of fn.blocks) {
      if (dead.has(blk)) continue;
      if (foldConstIf(blk)) changed = cut = true;
      if (foldIf(blk)) changed = true;
      if (jumpThread(fn, blk)) {
        dead.add(blk);
        changed = true;
        continue;
      }
      const fused = fuse(fn, blk);
      if (fused) {
        dead.add(fused);
        changed = true;
      }
    }
    if (dead.size) {
      fn.blocks = fn.blocks.filter((x) => !dead.has(x));
      fn.blocks.forEach((x, i) => (x.index = i));
    }
    if (cut) removeUnreachableBlocks(fn);
  }
}

/**
 * foldConstIf turns `if true/false goto t else f` (a constant condition, such as runtime.recoverEnabled()) into a
 * jump; the other successor loses its edge (and its phis their edge from here). True when applied.
 */
function foldConstIf(blk: ir.BasicBlock): boolean {
  const last = blk.instrs[blk.instrs.length - 1];
  if (last?.kind !== 'If' || last.cond.kind !== 'Const' || last.cond.value?.kind !== 'bool') return false;
  const [t, f] = blk.succs as [ir.BasicBlock, ir.BasicBlock];
  if (t === f) return false;
  const keep = last.cond.value.value ? t : f;
  const drop = keep === t ? f : t;
  const j = drop.preds.indexOf(blk);
  drop.preds.splice(j, 1);
  for (const i of drop.instrs) {
    if (i.kind !== 'Phi') continue;
    const removed = i.edges.splice(j, 1)[0];
    const k = removed ? removed.referrers.indexOf(i) : -1;
    if (k >= 0) removed!.referrers.splice(k, 1);
  }
  // keep's predecessor entry for blk stays where it is, so keep's phis are untouched.
  b.removeInstr(last);
  blk.succs = [keep];
  b.emit<ir.Jump>(blk, { kind: 'Jump', pos: last.pos });
  return true;
}

function hasPhi(blk: ir.BasicBlock): boolean {
  return blk.instrs[0]?.kind === 'Phi';
}

function replaceEach(list: ir.BasicBlock[], from: ir.BasicBlock, to: ir.BasicBlock): void {
  for (let i = 0; i < list.length; i++) if (list[i] === from) list[i] = to;
}

/** foldIf turns `if c goto s else s` into `jump s` (dropping the duplicate edge) when s has no phis. */
function foldIf(blk: ir.BasicBlock): boolean {
  const last = blk.instrs[blk.instrs.length - 1];
  if (last?.kind !== 'If' || blk.succs.length !== 2 || blk.succs[0] !== blk.succs[1] || hasPhi(blk.succs[0]!)) return false;
  const s = blk.succs[0]!;
  b.removeInstr(last);
  blk.succs = [];
  s.preds.splice(s.preds.indexOf(blk), 1);
  s.preds.splice(s.preds.indexOf(blk), 1);
  b.emitJump(blk, s, last.pos);
  return true;
}

/** jumpThread redirects the predecessors of an empty jump-only block to its successor; true when applied. */
function jumpThread(fn: ir.Function, blk: ir.BasicBlock): boolean {
  if (blk === fn.blocks[0] || blk.instrs.length !== 1 || blk.instrs[0]!.kind !== 'Jump') return false;
  const c = blk.succs[0]!;
  if (c === blk || hasPhi(c)) return false;
  for (const p of blk.preds) {
    replaceEach(p.succs, blk, c);
    c.preds.push(p);
  }
  c.preds = c.preds.filter((p) => p !== blk);
  blk.preds = [];
  blk.succs = [];
  blk.instrs = [];
  return true;
}

/** fuse appends the only successor of blk to it when blk is that successor's only predecessor; returns the successor. */
function fuse(fn: ir.Function, blk: ir.BasicBlock): ir.BasicBlock | undefined {
  const last = blk.instrs[blk.instrs.length - 1];
  if (blk.succs.length !== 1 || last?.kind !== 'Jump') return undefined;
  const s = blk.succs[0]!;
  if (s === blk || s === fn.blocks[0] || s.preds.length !== 1) return undefined;
  for (const phi of s.instrs.filter((i): i is ir.Phi => i.kind === 'Phi')) {
    b.replaceAll(phi, phi.edges[0]!);
    b.removeInstr(phi);
  }
  blk.instrs.pop();
  for (const i of s.instrs) {
    i.block = blk;
    blk.instrs.push(i);
  }
  blk.succs = s.succs;
  for (const t of s.succs) replaceEach(t.preds, s, blk);
  s.instrs = [];
  s.preds = [];
  s.succs = [];
  return s;
}
