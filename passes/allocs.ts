// The allocation report behind `-print-allocs=REGEX`: one line per heap allocation site that survives the passes, read off the
// final IR so that it says exactly what codegen will emit. The format is TinyGo's, so that users and tools can rely on
// it: `FILE:LINE:COL: object allocated on the heap: REASON`, FILE relative to the working directory when the file is
// below it, lines sorted by file, line and column. The regular expression is matched, unanchored, against the
// qualified name of the function containing the allocation (`main.main`, `(*main.T).M`, `example.com/m/pkg.F`).
// Given the user's packages (not GOROOT's, not tsgo's overlays), an allocation in a standard-library function is
// reported at each of the user's calls that reach it through library code, with the function that holds it
// (`main.go:7:14: object allocated on the heap: size is not constant (in strconv.formatBits)`) — through the
// library's direct calls, not its interface calls or calls of functions that only panic, and only through the blocks
// the call's constant arguments leave reachable (`strconv.AppendInt(b, 42, 10)` never reaches formatBits, and
// formatBits called with append_ true never converts to a string); the expression then
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
import type { ConstValue } from '../compiler/types/constant.ts';

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
  const calls: { fn: ir.Function; pos: Pos; targets: readonly ir.Function[]; known: Known }[] = [];
  const graph = buildCallGraph(prog, false, (fn, i, targets) => {
    if (userPackages && isUser(fn)) calls.push({ fn, pos: i.pos, targets, known: i.kind === 'Call' ? constArgs(i, new Map()) : new Map() });
  });
  for (const fn of graph.functions)
    if (isUser(fn) && unanchored.test(fn.qualifiedName)) for (const site of heapSites(fn)) add(site.pos, fn, message(site));
  if (!userPackages) return sortRows(rows);

  // The library functions (with their heap sites) a library function called with some constant arguments reaches
  // through direct calls in library code, memoized per start. Calls through interfaces and function values inside the
  // library are not followed (every implementation would be blamed on every user call), nor functions that never
  // return (allocations on the way to a panic).
  const reach = new Map<string, Map<ir.Function, Set<ir.AllocSite>>>();
  const ids = new Map<ir.Function, number>();
  const key = (g: ir.Function, known: Known): string =>
    `${ids.get(g) ?? (ids.set(g, ids.size), ids.size - 1)}${[...known].map(([k, v]) => ` ${k}=${constText(v)}`).join('')}`;
  const libraryFrom = (g: ir.Function, known: Known): Map<ir.Function, Set<ir.AllocSite>> => {
    const k0 = key(g, known);
    let out = reach.get(k0);
    if (out) return out;
    out = new Map();
    const seen = new Set<string>([k0]);
    const work: [ir.Function, Known][] = [[g, known]];
    while (work.length > 0) {
      const [fn, env] = work.pop()!;
      const live = liveBlocks(fn, env);
      const sites = out.get(fn) ?? new Set();
      for (const s of heapSites(fn, live)) sites.add(s);
      out.set(fn, sites);
      for (const b of live)
        for (const i of b.instrs) {
          if (i.kind !== 'Call' || i.callee.kind !== 'Function' || isUser(i.callee) || !returns(i.callee)) continue;
          const args = constArgs(i, env);
          const k = key(i.callee, args);
          if (!seen.has(k)) (seen.add(k), work.push([i.callee, args]));
        }
    }
    reach.set(k0, out);
    return out;
  };
  const attributed = new Set<ir.Function>();
  for (const call of calls)
    for (const g of new Set(call.targets)) {
      if (isUser(g)) continue;
      for (const [h, sites] of libraryFrom(g, call.known)) {
        attributed.add(h);
        if (!unanchored.test(h.qualifiedName) && !unanchored.test(call.fn.qualifiedName)) continue;
        for (const site of sites) add(call.pos, call.fn, `${message(site)} (in ${h.qualifiedName})`, true);
      }
    }
  for (const fn of graph.functions)
    if (!isUser(fn) && !attributed.has(fn) && unanchored.test(fn.qualifiedName))
      for (const site of heapSites(fn)) add(site.pos, fn, message(site));
  return sortRows(rows);
}

/** Folded is a boolean or integer constant that decides a branch. */
type Folded = Extract<ConstValue, { kind: 'bool' | 'int' }>;

/** Known maps a function's parameter indices to the constants a call passes for them. */
type Known = Map<number, Folded>;

/** constArgs returns the constant arguments of call, given the constant parameters env of the calling function. */
function constArgs(call: ir.Call, env: Known): Known {
  const out: Known = new Map();
  call.args.forEach((a, k) => {
    const v = evalConst(a, env);
    if (v) out.set(k, v);
  });
  return out;
}

/** evalConst folds v to a boolean or integer constant when constants and env's parameters decide it. */
function evalConst(v: ir.Value, env: Known): Folded | undefined {
  switch (v.kind) {
    case 'Const':
      return v.value?.kind === 'bool' || v.value?.kind === 'int' ? (v.value as Folded) : undefined;
    case 'Parameter':
      return env.get(v.index);
    case 'UnOp': {
      const x = v.op === '!' ? evalConst(v.x, env) : undefined;
      return x?.kind === 'bool' ? { kind: 'bool', value: !x.value } : undefined;
    }
    case 'BinOp': {
      const x = evalConst(v.x, env);
      const y = x && evalConst(v.y, env);
      if (!x || !y || x.kind !== y.kind) return undefined;
      const c = x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
      const ops: Partial<Record<ir.BinOpKind, boolean>> = { '==': c === 0, '!=': c !== 0 };
      if (x.kind === 'int') Object.assign(ops, { '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0 });
      const r = ops[v.op];
      return r === undefined ? undefined : { kind: 'bool', value: r };
    }
    default:
      return undefined;
  }
}

/** constText renders a folded constant for a memo key. */
const constText = (v: Folded): string => String(v.value);

/** liveBlocks lists the blocks of fn reachable from its entry when env's parameters are the constants it names. */
function liveBlocks(fn: ir.Function, env: Known): ir.BasicBlock[] {
  if (fn.blocks.length === 0) return [];
  const seen = new Set<ir.BasicBlock>([fn.blocks[0]!]);
  const work = [fn.blocks[0]!];
  while (work.length > 0) {
    const b = work.pop()!;
    const last = b.instrs[b.instrs.length - 1];
    const cond = last?.kind === 'If' && env.size > 0 ? evalConst(last.cond, env) : undefined;
    const succs = cond?.kind === 'bool' ? [b.succs[cond.value ? 0 : 1]!] : b.succs;
    for (const s of succs) if (!seen.has(s)) (seen.add(s), work.push(s));
  }
  return [...seen];
}

/** returns reports whether fn can return (it has a Return instruction): a function that only panics cannot. */
function returns(fn: ir.Function): boolean {
  return fn.blocks.length === 0 || fn.blocks.some((b) => b.instrs.some((i) => i.kind === 'Return'));
}

/** heapSites lists the allocation sites of fn (in blocks, when given) that stay on the heap. */
function heapSites(fn: ir.Function, blocks: readonly ir.BasicBlock[] = fn.blocks): ir.AllocSite[] {
  const out: ir.AllocSite[] = [];
  for (const b of blocks) for (const i of b.instrs) if (isAllocSite(i) && i.heap) out.push(i);
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
