// -gc=none: a program without a heap. Each heap allocation the code generator emits calls a symbol of its own,
// `tsgo.noheap.N`, that nothing defines, instead of runtime.alloc; so do the paths that call a runtime function that
// allocates (append's growth, a map's insertion or creation). LLVM removes the calls on paths it proves dead, and
// ld.lld reports the undefined symbols of those left, which the driver turns back into the sites' positions
// (noHeapDiagnostics). The report is honest in both directions: only the allocations left in the final code are
// errors, and every one left is.

import llvm from 'llvm-bindings';
import type * as ir from '../../ir/ir.ts';
import { isAllocSite } from '../../ir/ir.ts';
import { NoPos, type Pos } from '../syntax/source.ts';
import type { FnCtx } from './func.ts';

/** NoHeapSite is a heap allocation of a -gc=none build: where it is, and its allocation site if it is one. */
export interface NoHeapSite {
  pos: Pos;
  site: ir.AllocSite | undefined;
}

/** NO_HEAP_PREFIX starts the symbol of every -gc=none allocation site; the site's index follows it. */
export const NO_HEAP_PREFIX = 'tsgo.noheap.';

/** noHeapCall emits the call of a new undefined symbol for the instruction being lowered, with runtime.alloc's type. */
export function noHeapCall(f: FnCtx, size: llvm.Value): llvm.Value {
  const g = f.g;
  const instr = f.current;
  const pos = instr && instr.pos !== NoPos ? instr.pos : f.fn.pos;
  const name = `${NO_HEAP_PREFIX}${g.noHeapSites.length}`;
  g.noHeapSites.push({ pos, site: instr && isAllocSite(instr) ? instr : undefined });
  const type = llvm.FunctionType.get(g.types.i8ptr, [g.types.uintptrType], false);
  const sym = g.declareFunction(name, type, false, false);
  return g.builder.CreateCall(sym.fn, [size]);
}

/**
 * markNoHeapPath emits, in a -gc=none build, a site call on a path that calls a runtime function that allocates:
 * for site, unless it is known not to allocate on the heap (undefined: always).
 */
export function markNoHeapPath(f: FnCtx, site: ir.Instruction | undefined): void {
  if (f.g.target.gc !== 'none' || (site && isAllocSite(site) && !site.heap)) return;
  noHeapCall(f, f.g.uintptr(0));
}
