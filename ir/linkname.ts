// Link names: the symbol a function is known by in the program's one LLVM module, as gc's linker names it.
//
// A function's symbol is its qualified name (`main.foo`, `sync.runtime_Semacquire`) unless a directive on its
// declaration says otherwise:
//   //export NAME (or //go:export NAME)     the C name NAME, for assembly and C callers
//   //go:linkname localname importpath.name the symbol importpath.name, in both of gc's directions:
//     push: on a function with a body, the body defines importpath.name (the runtime's
//           `//go:linkname sync_runtime_Semacquire sync.runtime_Semacquire` implements sync's bodyless declaration);
//     pull: on a bodyless function, calls of it call importpath.name (`//go:linkname semacquire runtime.semacquire`).
// A bodyless function without a directive refers to its own qualified name, which a push elsewhere may define. The
// one-argument form `//go:linkname localname` only marks the name as referenced and changes nothing here. The
// directive applies when its first argument is the function's own name; gc also accepts it anywhere in the file,
// tsgo only in the declaration's doc comment.

import type * as ir from './ir.ts';
import { hasBody } from './ir.ts';

/** exportName returns the C name a `//export NAME` or `//go:export NAME` directive gives fn, if any. */
export function exportName(fn: ir.Function): string | undefined {
  for (const d of fn.directives) {
    if ((d.name === 'export' || d.name === 'go:export') && d.args.trim() !== '') return d.args.trim().split(/\s+/)[0];
  }
  return undefined;
}

/** linkname returns the target of a two-argument `//go:linkname` directive naming fn, if any. */
export function linkname(fn: ir.Function): string | undefined {
  for (const d of fn.directives) {
    if (d.name !== 'go:linkname') continue;
    const [local, target] = d.args.trim().split(/\s+/);
    if (local === fn.name && target !== undefined && target !== '' && !fn.signature.recv) return target;
  }
  return undefined;
}

/** symbolName returns the symbol fn defines (when it has a body) or refers to (when it has none). */
export function symbolName(fn: ir.Function): string {
  return exportName(fn) ?? linkname(fn) ?? archFallback(fn) ?? fn.qualifiedName;
}

/**
 * archFallback names the portable Go version of one of GOROOT's math assembly routines: on amd64 and arm, math
 * declares `archFloor`, `archSqrt`, ... without a body (gc links assembly); tsgo has none, so a bodyless
 * `math.archFloor` refers to `math.floor`, the Go code the other architectures run.
 */
function archFallback(fn: ir.Function): string | undefined {
  if (fn.pkg?.path !== 'math' || !/^arch[A-Z]/.test(fn.name) || hasBody(fn)) return undefined;
  return `math.${fn.name[4]!.toLowerCase()}${fn.name.slice(5)}`;
}

/**
 * definitions maps every symbol that a function with a body defines to that function, so that a bodyless
 * declaration can be resolved to the code that implements it.
 */
export function definitions(functions: Iterable<ir.Function>): Map<string, ir.Function> {
  const out = new Map<string, ir.Function>();
  for (const fn of functions) if (hasBody(fn) && !out.has(symbolName(fn))) out.set(symbolName(fn), fn);
  return out;
}

/**
 * definitionOf returns the function that implements bodyless fn: the definition of its symbol, or else, for a
 * declaration without directives, `nameGeneric` of its package: GOROOT declares assembly routines without a body on
 * the architectures gc has assembly for (crypto/md5's block, sha256's block...) next to a portable `blockGeneric`.
 */
export function definitionOf(fn: ir.Function, defs: ReadonlyMap<string, ir.Function>): ir.Function | undefined {
  const def = defs.get(symbolName(fn));
  if (def || fn.directives.some((d) => d.name === 'go:linkname' || d.name === 'export' || d.name === 'go:export')) return def;
  return fn.signature.recv ? undefined : defs.get(`${fn.qualifiedName}Generic`);
}
