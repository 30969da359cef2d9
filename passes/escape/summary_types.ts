// The per-function parameter summaries of the interprocedural escape analysis, as gc's "leak" tags: for each parameter,
// the smallest dereference level at which its value reaches the heap and each result. Level 0 means the pointer itself
// leaks (`global = p`, `return p`); level 1 means what it points to leaks (`global = *p`); undefined means it does not
// leak there. A caller applies a summary by adding the edges `heap ← arg (level)` and `result_k ← arg (level)`.
// Kept apart from summary.ts (which computes them) so that the graph builder can read them without a cycle.

/** ParamLeaks is the leak summary of one parameter. */
export interface ParamLeaks {
  /** heap is the least dereference level at which the parameter reaches the heap, undefined if never. */
  heap: number | undefined;
  /** results[k] is the least dereference level at which the parameter reaches result k, undefined if never. */
  results: (number | undefined)[];
  /** mutates is set when the function may write memory reachable from the parameter (writes.ts). */
  mutates: boolean;
}

/** Summary is the escape summary of one function: one ParamLeaks per parameter (receiver first). */
export interface Summary {
  params: ParamLeaks[];
}

/** emptySummary is the optimistic starting summary (nothing leaks) used for functions of a recursive cycle. */
export function emptySummary(nparams: number, nresults: number): Summary {
  return {
    params: Array.from({ length: nparams }, () => ({
      heap: undefined,
      results: new Array<number | undefined>(nresults).fill(undefined),
      mutates: false,
    })),
  };
}

/** leakAll is the pessimistic summary: every parameter leaks to the heap at level 0 (for functions we cannot see). */
export function leakAll(nparams: number, nresults: number): Summary {
  const s = emptySummary(nparams, nresults);
  for (const p of s.params) {
    p.heap = 0;
    p.mutates = true;
  }
  return s;
}

/** sameSummary reports whether two summaries are equal. */
export function sameSummary(a: Summary, b: Summary): boolean {
  if (a.params.length !== b.params.length) return false;
  return a.params.every((p, i) => {
    const q = b.params[i]!;
    return p.heap === q.heap && p.mutates === q.mutates && p.results.length === q.results.length &&
      p.results.every((r, k) => r === q.results[k]);
  });
}

/** minLevel combines two leak levels, keeping the smaller (undefined means "no leak"). */
export function minLevel(a: number | undefined, b: number): number {
  return a === undefined ? b : Math.min(a, b);
}

/** summaryString renders a summary like gc's -m=2 leak notes, for tests and debugging. */
export function summaryString(s: Summary, names: string[]): string {
  return s.params
    .map((p, i) => {
      const parts: string[] = [];
      if (p.heap !== undefined) parts.push(`heap:${p.heap}`);
      p.results.forEach((r, k) => {
        if (r !== undefined) parts.push(`result${k}:${r}`);
      });
      return `${names[i] ?? 'p' + i}: ${parts.length ? parts.join(' ') : 'does not escape'}`;
    })
    .join('; ');
}
