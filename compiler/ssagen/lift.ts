// Lifting (mem2reg): promotes the stack Allocs of local variables whose address is only ever used by loads (UnOp '*')
// and stores (as the address) into SSA registers, placing Phi nodes where control flow merges.
//
// Algorithm: R. Cytron, J. Ferrante, B. K. Rosen, M. N. Wegman, F. K. Zadeck, "Efficiently Computing Static Single
// Assignment Form and the Control Dependence Graph" (TOPLAS 1991): phis go at the iterated dominance frontier of the
// blocks that store to the variable, then a preorder walk of the dominator tree renames loads to the reaching value.
// The phis are pruned by liveness (a phi is only placed where the variable is live on entry, as in Choi, Cytron and
// Ferrante's pruned SSA); phis left without non-phi uses are removed afterwards, and so are trivial phis (all edges
// the same value).
//
// Before lifting, blocks unreachable from the entry are removed (with their edges and the matching phi edges); after
// it, value ids are renumbered. Invariants on entry: every block ends in a terminator; Allocs with heap=true are never
// lifted (they are allocation sites for escape analysis). The Alloc itself is a definition of the zero value, so a
// variable declared inside a loop starts from zero on every iteration.

import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';
import { buildDomTree } from '../../ir/dom.ts';
import { reversePostorder } from '../../ir/dom.ts';
import { sameType } from '../../ir/validate.ts';
import { removeUnreachableBlocks } from '../../ir/cfg.ts';

export { removeUnreachableBlocks } from '../../ir/cfg.ts';

/** isLiftable reports whether an Alloc is a stack variable used only as the address of loads and stores. */
export function isLiftable(a: ir.Alloc): boolean {
  if (a.heap) return false;
  return a.referrers.every(
    (r) => (r.kind === 'UnOp' && r.op === '*' && r.x === a) || (r.kind === 'Store' && r.addr === a && r.val !== a),
  );
}

/** lift promotes the liftable Allocs of fn to registers; see the file comment. */
export function lift(fn: ir.Function): void {
  if (fn.blocks.length === 0) return;
  removeUnreachableBlocks(fn);
  const dom = buildDomTree(fn);
  const allocs: ir.Alloc[] = [];
  for (const blk of fn.blocks) for (const i of blk.instrs) if (i.kind === 'Alloc' && isLiftable(i)) allocs.push(i);
  if (allocs.length === 0) {
    removeDeadPhis(fn);
    b.renumber(fn);
    return;
  }
  const index = new Map<ir.Alloc, number>(allocs.map((a, k) => [a, k]));
  const newPhis = new Map<ir.Phi, number>();

  allocs.forEach((a, k) => {
    // The Alloc itself defines the variable's zero value (it runs again on every loop iteration that declares it).
    const defs = new Set<ir.BasicBlock>([a.block]);
    for (const r of a.referrers) if (r.kind === 'Store') defs.add(r.block);
    const liveIn = liveInBlocks(a, defs);
    const hasPhi = new Set<ir.BasicBlock>();
    const work = [...defs];
    const queued = new Set(work);
    while (work.length) {
      const d = work.pop()!;
      for (const f of dom.frontier[d.index]!) {
        if (hasPhi.has(f) || !liveIn.has(f)) continue;
        hasPhi.add(f);
        const phi = b.emitPhi(f, [], a.elem, a.comment);
        newPhis.set(phi, k);
        if (!queued.has(f)) {
          queued.add(f);
          work.push(f);
        }
      }
    }
  });

  // Rename along the dominator tree (iteratively, to bound the JS stack on long functions).
  const edgeFill = new Map<ir.Phi, (ir.Value | undefined)[]>();
  const dead = new Set<ir.Instruction>();
  for (const p of newPhis.keys()) edgeFill.set(p, new Array<ir.Value | undefined>(p.block.preds.length));
  // Loads and stores of lifted variables are dropped in one pass per block (removeInstr would be quadratic); their
  // only other operand bookkeeping is the stored value's referrer entry, and the Alloc itself is deleted below.
  const stack: [ir.BasicBlock, ir.Value[]][] = [[fn.blocks[0]!, allocs.map((a) => b.zeroConst(a.elem))]];
  while (stack.length) {
    const [blk, incoming] = stack.pop()!;
    const cur = incoming.slice();
    let dropped = false;
    for (const i of blk.instrs) {
      if (i.kind === 'Phi') {
        const k = newPhis.get(i);
        if (k !== undefined) cur[k] = i;
      } else if (i.kind === 'Alloc' && index.has(i)) {
        cur[index.get(i)!] = b.zeroConst(i.elem);
      } else if (i.kind === 'UnOp' && i.op === '*' && i.x.kind === 'Alloc' && index.has(i.x)) {
        b.replaceAll(i, cur[index.get(i.x)!]!);
        dead.add(i);
        dropped = true;
      } else if (i.kind === 'Store' && i.addr.kind === 'Alloc' && index.has(i.addr)) {
        cur[index.get(i.addr)!] = i.val;
        const r = i.val.referrers;
        const k = r.indexOf(i);
        if (k >= 0) r.splice(k, 1);
        dead.add(i);
        dropped = true;
      }
    }
    if (dropped) blk.instrs = blk.instrs.filter((i) => !dead.has(i));
    for (const s of blk.succs) {
      s.preds.forEach((p, j) => {
        if (p !== blk) return;
        for (const i of s.instrs) {
          if (i.kind !== 'Phi') break;
          const k = newPhis.get(i);
          if (k !== undefined) edgeFill.get(i)![j] = cur[k];
        }
      });
    }
    for (const c of dom.children[blk.index]!) stack.push([c, cur]);
  }
  for (const [phi, edges] of edgeFill) {
    phi.edges = edges.map((v) => v ?? b.zeroConst(phi.type));
    for (const v of phi.edges) v.referrers.push(phi);
  }
  for (const a of allocs) {
    a.referrers = [];
    b.removeInstr(a);
  }
  removeDeadPhis(fn);
  removeTrivialPhis(fn);
  b.renumber(fn);
}

/**
 * removeTrivialPhis replaces each phi whose edges are all one value (or the phi itself) by that value, repeating
 * until none is left (a replaced phi can make another one trivial).
 */
export function removeTrivialPhis(fn: ir.Function): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const blk of fn.blocks) {
      for (const i of [...blk.instrs]) {
        if (i.kind !== 'Phi') break;
        const others = i.edges.filter((e) => e !== i);
        const only = others[0];
        if (!only || !others.every((e) => sameValue(e, only))) continue;
        b.replaceAll(i, only);
        b.removeInstr(i);
        changed = true;
      }
    }
  }
}

/** sameValue reports whether two operands are the same value: the same object, or equal constants of one type. */
function sameValue(a: ir.Value, c: ir.Value): boolean {
  if (a === c) return true;
  if (a.kind !== 'Const' || c.kind !== 'Const' || !sameType(a.type, c.type)) return false;
  if (!a.value || !c.value) return !a.value && !c.value;
  return JSON.stringify(a.value, (_, v) => (typeof v === 'bigint' ? v.toString() + 'n' : v)) ===
    JSON.stringify(c.value, (_, v) => (typeof v === 'bigint' ? v.toString() + 'n' : v));
}

/** liveInBlocks returns the blocks on whose entry the variable a is live (upward-exposed loads, propagated back). */
function liveInBlocks(a: ir.Alloc, defs: Set<ir.BasicBlock>): Set<ir.BasicBlock> {
  const live = new Set<ir.BasicBlock>();
  const work: ir.BasicBlock[] = [];
  const useBlocks = new Set<ir.BasicBlock>();
  for (const r of a.referrers) if (r.kind === 'UnOp') useBlocks.add(r.block);
  for (const blk of useBlocks) {
    // Is the first access to a in blk a load?
    for (const i of blk.instrs) {
      if ((i.kind === 'Store' && i.addr === a) || i === a) break;
      if (i.kind === 'UnOp' && i.op === '*' && i.x === a) {
        live.add(blk);
        work.push(blk);
        break;
      }
    }
  }
  while (work.length) {
    const blk = work.pop()!;
    for (const p of blk.preds) {
      if (live.has(p) || defs.has(p)) {
        // p kills the variable (stores it) unless it is live-in by its own loads, handled above.
        continue;
      }
      live.add(p);
      work.push(p);
    }
  }
  // A defining block is still live-in when the variable is live into it before its store; covered by useBlocks.
  return live;
}

/** removeDeadPhis removes phis whose values reach no non-phi instruction. */
export function removeDeadPhis(fn: ir.Function): void {
  const live = new Set<ir.Phi>();
  const work: ir.Phi[] = [];
  const phis: ir.Phi[] = [];
  for (const blk of fn.blocks) {
    for (const i of blk.instrs) {
      if (i.kind !== 'Phi') continue;
      phis.push(i);
      if (i.referrers.some((r) => r.kind !== 'Phi')) {
        live.add(i);
        work.push(i);
      }
    }
  }
  while (work.length) {
    const p = work.pop()!;
    for (const e of p.edges) {
      if (e.kind === 'Phi' && !live.has(e)) {
        live.add(e);
        work.push(e);
      }
    }
  }
  for (const p of phis) if (!live.has(p)) b.removeInstr(p);
}
