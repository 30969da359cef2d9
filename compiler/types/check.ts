// The type checker's entry point. checkPackage runs the phases of go/types in order: collect the package-level
// objects of all files, attach methods to their receiver types, resolve and check every package-level declaration
// (consts, types, vars, func signatures) in dependency order, check the function bodies, compute the package
// initialization order, and report unused variables and imports. It never throws on bad input: every problem is a
// diagnostic in the sink, worded as gc words it.

import type * as ast from '../syntax/ast.ts';
import type { DiagnosticSink } from '../diag.ts';
import type { FileSet } from '../syntax/source.ts';
import { Checker } from './checker.ts';
import { reportUnsettled } from './cycles.ts';
import { associateMethods, collectObjects, resolveObj } from './decl.ts';
import type { Info } from './info.ts';
import { newInfo } from './info.ts';
import { initOrder } from './initorder.ts';
import type { Var } from './objects.ts';
import { Scope } from './scope.ts';
import type { Sizes } from './sizes.ts';
import { funcBody } from './stmt.ts';
import { Package } from './types.ts';
import { universe } from './universe.ts';
import { unusedImports, unusedVars } from './unused.ts';

/** CheckConfig configures a package check: positions, target sizes and how to find imported packages. */
export interface CheckConfig {
  fset: FileSet;
  sizes: Sizes;
  importer: (path: string) => Package | undefined;
}

/** checkPackage type-checks the files of one package and returns the package and everything recorded about it. */
export function checkPackage(
  cfg: CheckConfig,
  path: string,
  files: ast.File[],
  sink: DiagnosticSink,
): { pkg: Package; info: Info } {
  const name = files[0]?.name.name ?? 'main';
  const pkg = new Package(path, name, new Scope(universe, files[0]?.pos ?? 0, files[files.length - 1]?.end ?? 0, `package ${path}`));
  const info = newInfo();
  const c = new Checker(cfg.fset, cfg.sizes, cfg.importer, pkg, info, sink);
  try {
    checkFiles(c, files);
  } catch (err) {
    // An internal failure must not reach the user as a stack trace.
    const pos = files[0]?.pos ?? 0;
    sink.error(pos, `internal compiler error: type checker: ${(err as Error).message}`);
  }
  pkg.complete = true;
  return { pkg, info };
}

function checkFiles(c: Checker, files: ast.File[]): void {
  for (const f of files) {
    c.recordDef(f.name, undefined);
    if (f.name.name !== c.pkg.name) c.error(f.name.pos, `package ${f.name.name}; expected package ${c.pkg.name}`);
  }
  // Phase 1: collect objects of all package-level declarations.
  const imports = collectObjects(c, files);
  // Phase 2: attach methods to their receiver base types.
  associateMethods(c);
  // Phase 3: resolve types and check const/var/type/func declarations in dependency order. As in go/types, defined
  // types go first, then aliases, then everything else: an alias is then rarely needed while its own right-hand side
  // is being resolved (`type F = func(T); type T interface{ m(F) }` is valid).
  const objs = [...c.objDecls.keys()];
  const rank = (o: (typeof objs)[number]): number => (o.kind !== 'TypeName' ? 2 : o.isAlias ? 1 : 0);
  for (const obj of [...objs].sort((a, b) => rank(a) - rank(b))) resolveObj(c, obj);
  reportUnsettled(c);
  processDelayed(c);
  // Phase 4: function bodies (closures are checked where they occur).
  checkBodies(c);
  processDelayed(c);
  // Phase 5: package initialization order.
  initOrder(c);
  // Phase 6: unused variables and imports.
  unusedVars(c);
  unusedImports(c, imports);
  c.info.funcs.sort((a, b) => a.pos - b.pos);
}

function processDelayed(c: Checker): void {
  for (let i = 0; i < c.delayed.length; i++) c.delayed[i]!();
  c.delayed.length = 0;
}

function checkBodies(c: Checker): void {
  for (let i = 0; i < c.funcBodies.length; i++) {
    const { fn, decl, sig, body, scope } = c.funcBodies[i]!;
    c.withEnv({ scope: decl.fileScope, decl }, () => funcBody(c, fn.fullName, sig, body, scope));
  }
}
