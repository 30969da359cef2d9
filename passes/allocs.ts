// The allocation report behind `-print-allocs=REGEX`: one line per heap allocation site that survives the passes, read off the
// final IR so that it says exactly what codegen will emit. The format is TinyGo's, so that users and tools can rely on
// it: `FILE:LINE:COL: object allocated on the heap: REASON`, FILE relative to the working directory when the file is
// below it, lines sorted by file, line and column. The regular expression is matched, unanchored, against the
// qualified name of the function containing the allocation (`main.main`, `(*main.T).M`, `example.com/m/pkg.F`).
// Given the user's packages (not GOROOT's, not tsgo's overlays), an allocation in a standard-library function is
// reported at each of the user's calls that reach it through library code, with the function that holds it
// (`main.go:7:14: object allocated on the heap: size is not constant (in strconv.formatBits)`) — through the
// library's direct calls, not its interface calls or calls of functions that only panic; the expression then
// matches either that function or the user's function making the call, so `-print-allocs=^main\.` lists every line
// of main that can allocate and `-print-allocs=strconv` what strconv allocates. A library allocation no user call
// reaches (a package initializer's) is reported at its own line.

import { displayPath } from '../compiler/diag.ts';
import { NoPos } from '../compiler/syntax/source.ts';
import type * as ir from '../ir/ir.ts';
import { isAllocSite } from '../ir/ir.ts';
import { assertNever } from '../compiler/diag.ts';
import { buildCallGraph } from './callgraph.ts';
import type { Pos } from '../compiler/syntax/source.ts';

/** allocReason renders an allocation site's escape note as one of TinyGo's four reasons. */
export function allocReason(prog: ir.Program, a: ir.AllocSite): string {
  const note = a.escape;
  if (!note) return 'escapes at unknown line';
  switch (note.reason) {
    case 'escapes': {
      const line = note.pos === NoPos ? 0 : prog.fset.position(note.pos).line;
      return line > 0 ? `escapes at line ${line}` : 'escapes at unknown line';
    }
    case 'size-not-constant':
      return 'size is not constant';
    case 'too-large':
      return `object size ${note.size} exceeds maximum stack allocation size ${note.max}`;
    default:
      return assertNever(note, 'escape note');
  }
}

/**
 * reportAllocs returns the sorted report lines for the heap allocation sites in functions whose qualifiedName matches
 * filter. With userPackages (import paths), library allocations are attributed to the user's calls (see above).
 */
export function reportAllocs(prog: ir.Program, filter: RegExp, cwd: string, userPackages?: ReadonlySet<string>): string[] {
  const unanchored = new RegExp(filter.source, filter.flags.replace(/[gy]/g, ''));
  const rows: Row[] = [];
  const attributedRows = new Set<string>();
  const add = (pos: Pos, fn: ir.Function, msg: string, once = false): void => {
    const p = prog.fset.position(pos !== NoPos ? pos : fn.pos);
    const file = p.filename ? displayPath(p.filename, cwd) : '';
    const text = p.filename ? `${file}:${p.line}:${p.column}: ${msg}` : msg;
    if (once && attributedRows.has(text)) return;
    attributedRows.add(text);
    rows.push({ text, file, line: p.line, col: p.column });
  };
  const isUser = (fn: ir.Function): boolean => !userPackages || userPackages.has(fn.pkg?.path ?? '');
  const message = (site: ir.AllocSite): string => `object allocated on the heap: ${allocReason(prog, site)}`;
  const calls: { fn: ir.Function; pos: Pos; targets: readonly ir.Function[] }[] = [];
  const graph = buildCallGraph(prog, false, (fn, i, targets) => {
    if (userPackages && isUser(fn)) calls.push({ fn, pos: i.pos, targets });
  });
  for (const fn of graph.functions)
    if (isUser(fn) && unanchored.test(fn.qualifiedName)) for (const site of heapSites(fn)) add(site.pos, fn, message(site));
  if (!userPackages) return sortRows(rows);

  // Library functions a library function calls directly, through library code, memoized per start. Calls through
  // interfaces and function values inside the library are not followed (every implementation would be blamed on
  // every user call), nor functions that never return (allocations on the way to a panic).
  const reach = new Map<ir.Function, ir.Function[]>();
  const libraryFrom = (g: ir.Function): ir.Function[] => {
    let out = reach.get(g);
    if (out) return out;
    const seen = new Set<ir.Function>([g]);
    const work = [g];
    while (work.length > 0)
      for (const c of directCallees(work.pop()!)) if (!isUser(c) && !seen.has(c) && returns(c)) (seen.add(c), work.push(c));
    reach.set(g, (out = [...seen]));
    return out;
  };
  const attributed = new Set<ir.Function>();
  for (const call of calls)
    for (const g of new Set(call.targets)) {
      if (isUser(g)) continue;
      for (const h of libraryFrom(g)) {
        attributed.add(h);
        if (!unanchored.test(h.qualifiedName) && !unanchored.test(call.fn.qualifiedName)) continue;
        for (const site of heapSites(h)) add(call.pos, call.fn, `${message(site)} (in ${h.qualifiedName})`, true);
      }
    }
  for (const fn of graph.functions)
    if (!isUser(fn) && !attributed.has(fn) && unanchored.test(fn.qualifiedName))
      for (const site of heapSites(fn)) add(site.pos, fn, message(site));
  return sortRows(rows);
}

/** directCallees lists the functions fn calls directly. */
function directCallees(fn: ir.Function): ir.Function[] {
  const out: ir.Function[] = [];
  for (const b of fn.blocks) for (const i of b.instrs) if (i.kind === 'Call' && i.callee.kind === 'Function') out.push(i.callee);
  return out;
}

/** returns reports whether fn can return (it has a Return instruction): a function that only panics cannot. */
function returns(fn: ir.Function): boolean {
  return fn.blocks.length === 0 || fn.blocks.some((b) => b.instrs.some((i) => i.kind === 'Return'));
}

/** heapSites lists the allocation sites of fn that stay on the heap. */
function heapSites(fn: ir.Function): ir.AllocSite[] {
  const out: ir.AllocSite[] = [];
  for (const b of fn.blocks) for (const i of b.instrs) if (isAllocSite(i) && i.heap) out.push(i);
  return out;
}

/** Row is one report line with its sort key. */
interface Row {
  text: string;
  file: string;
  line: number;
  col: number;
}

/** sortRows returns the report lines sorted by file, line and column (stably). */
function sortRows(rows: Row[]): string[] {
  return rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col)).map((r) => r.text);
}
