// The allocation report behind `-print-allocs=REGEX`: one line per heap allocation site that survives the passes, read off the
// final IR so that it says exactly what codegen will emit. The format is TinyGo's, so that users and tools can rely on
// it: `FILE:LINE:COL: object allocated on the heap: REASON`, FILE relative to the working directory when the file is
// below it, lines sorted by file, line and column. The regular expression is matched, unanchored, against the
// qualified name of the function containing the allocation (`main.main`, `(*main.T).M`, `example.com/m/pkg.F`).

import { displayPath } from '../compiler/diag.ts';
import { NoPos } from '../compiler/syntax/source.ts';
import type * as ir from '../ir/ir.ts';
import { isAllocSite } from '../ir/ir.ts';
import { assertNever } from '../compiler/diag.ts';
import { programFunctions } from './escape/summary.ts';

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
 * filter.
 */
export function reportAllocs(prog: ir.Program, filter: RegExp, cwd: string): string[] {
  const unanchored = new RegExp(filter.source, filter.flags.replace(/[gy]/g, ''));
  const rows: { file: string; line: number; col: number; text: string }[] = [];
  for (const fn of programFunctions(prog)) {
    if (!unanchored.test(fn.qualifiedName)) continue;
    for (const b of fn.blocks)
      for (const i of b.instrs) {
        if (!isAllocSite(i) || !i.heap) continue;
        const msg = `object allocated on the heap: ${allocReason(prog, i)}`;
        const p = prog.fset.position(i.pos !== NoPos ? i.pos : fn.pos);
        if (!p.filename) {
          rows.push({ file: '', line: 0, col: 0, text: msg });
          continue;
        }
        const file = displayPath(p.filename, cwd);
        rows.push({ file, line: p.line, col: p.column, text: `${file}:${p.line}:${p.column}: ${msg}` });
      }
  }
  rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
  return rows.map((r) => r.text);
}
