// Dominator tree and dominance frontiers of a function's CFG, used by lift.ts (phi placement) and by passes.
//
// Algorithm: K. D. Cooper, T. J. Harvey, K. Kennedy, "A Simple, Fast Dominance Algorithm" (Software Practice &
// Experience, 2001): iterate `idom(b) = intersect(processed preds)` over the blocks in reverse postorder until nothing
// changes, where intersect walks the two candidates up the current tree by postorder number. Dominance frontiers use
// the same paper's "runner" formulation (Figure 5): for each join block b (>= 2 preds) and each pred p, walk p up the
// tree until idom(b), adding b to the frontier of each block passed.
//
// Invariants: fn.blocks[i].index === i; blocks[0] is the entry; blocks unreachable from the entry have no idom, no
// frontier and are not in the tree (dominates() is false for them).

import type * as ir from './ir.ts';

/** DomTree is the dominator information of one function, indexed by block index. */
export interface DomTree {
  /** idom[i] is block i's immediate dominator (undefined for the entry and unreachable blocks). */
  idom: (ir.BasicBlock | undefined)[];
  /** children[i] are the blocks block i immediately dominates, in block order. */
  children: ir.BasicBlock[][];
  /** frontier[i] is the dominance frontier of block i. */
  frontier: ir.BasicBlock[][];
  /** reachable[i] tells whether block i is reachable from the entry. */
  reachable: boolean[];
  /** preorder lists the reachable blocks in a preorder walk of the dominator tree. */
  preorder: ir.BasicBlock[];
  /** dominates reports whether a dominates b (reflexively). */
  dominates(a: ir.BasicBlock, b: ir.BasicBlock): boolean;
}

/** reversePostorder returns the blocks reachable from the entry in reverse postorder of a DFS over succs. */
export function reversePostorder(fn: ir.Function): ir.BasicBlock[] {
  const out: ir.BasicBlock[] = [];
  if (fn.blocks.length === 0) return out;
  const seen = new Set<ir.BasicBlock>();
  // Iterative DFS: (block, next successor index) frames.
  const stack: [ir.BasicBlock, number][] = [[fn.blocks[0]!, 0]];
  seen.add(fn.blocks[0]!);
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const [b, k] = top;
    if (k < b.succs.length) {
      top[1]++;
      const s = b.succs[k]!;
      if (!seen.has(s)) {
        seen.add(s);
        stack.push([s, 0]);
      }
    } else {
      stack.pop();
      out.push(b);
    }
  }
  return out.reverse();
}

/** buildDomTree computes the dominator tree and dominance frontiers of fn. */
export function buildDomTree(fn: ir.Function): DomTree {
  const n = fn.blocks.length;
  const rpo = reversePostorder(fn);
  const po = new Array<number>(n).fill(-1); // postorder number of each block index
  rpo.forEach((b, k) => (po[b.index] = rpo.length - 1 - k));
  const idomIdx = new Array<number>(n).fill(-1);
  const reachable = po.map((x) => x >= 0);

  if (rpo.length) {
    const entry = rpo[0]!.index;
    idomIdx[entry] = entry;
    const intersect = (a: number, b: number): number => {
      while (a !== b) {
        while (po[a]! < po[b]!) a = idomIdx[a]!;
        while (po[b]! < po[a]!) b = idomIdx[b]!;
      }
      return a;
    };
    let changed = true;
    while (changed) {
      changed = false;
      for (const b of rpo) {
        if (b.index === entry) continue;
        let nd = -1;
        for (const p of b.preds) {
          if (!reachable[p.index] || idomIdx[p.index] === -1) continue;
          nd = nd === -1 ? p.index : intersect(p.index, nd);
        }
        if (nd !== -1 && idomIdx[b.index] !== nd) {
          idomIdx[b.index] = nd;
          changed = true;
        }
      }
    }
    idomIdx[entry] = -1;
  }

  const idom = idomIdx.map((i) => (i >= 0 ? fn.blocks[i] : undefined));
  const children: ir.BasicBlock[][] = fn.blocks.map(() => []);
  for (const b of fn.blocks) {
    const d = idom[b.index];
    if (d) children[d.index]!.push(b);
  }

  const frontier: ir.BasicBlock[][] = fn.blocks.map(() => []);
  for (const b of fn.blocks) {
    if (!reachable[b.index] || b.preds.length < 2) continue;
    for (const p of b.preds) {
      if (!reachable[p.index]) continue;
      let runner: ir.BasicBlock | undefined = p;
      while (runner && runner !== idom[b.index]) {
        const f = frontier[runner.index]!;
        if (!f.includes(b)) f.push(b);
        runner = idom[runner.index];
      }
    }
  }

  // Preorder numbering of the tree gives an O(1) dominance test: a dominates b iff pre[a] <= pre[b] < pre[a] + size[a].
  const pre = new Array<number>(n).fill(-1);
  const size = new Array<number>(n).fill(0);
  const preorder: ir.BasicBlock[] = [];
  if (rpo.length) {
    const stack: [ir.BasicBlock, number][] = [[rpo[0]!, 0]];
    pre[rpo[0]!.index] = 0;
    preorder.push(rpo[0]!);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const kids = children[top[0].index]!;
      if (top[1] < kids.length) {
        const c = kids[top[1]++]!;
        pre[c.index] = preorder.length;
        preorder.push(c);
        stack.push([c, 0]);
      } else {
        stack.pop();
        size[top[0].index] = preorder.length - pre[top[0].index]!;
      }
    }
  }

  return {
    idom,
    children,
    frontier,
    reachable,
    preorder,
    dominates(a, b) {
      const pa = pre[a.index]!;
      const pb = pre[b.index]!;
      if (pa < 0 || pb < 0) return false;
      return pa <= pb && pb < pa + size[a.index]!;
    },
  };
}
