// The program's entry point: a program is built from package main, which must declare `func main`. gc's linker
// reports a missing one (`function main is undeclared in the main package`, without a position); tsgo reports it
// after type checking, at the package clause of the main package's first file, so that `tsgo build` and `tsgo run`
// fail with exit code 1 instead of producing firmware that only runs the package initializers. `tsgo check` does
// not call it: type checking alone accepts such a package, as `go vet` does. (A `main` that is not a function, or
// has parameters or results, is the type checker's error.)

import type { DiagnosticSink } from '../diag.ts';
import type { LoadedPackage } from '../loader/loader.ts';

/** MAIN_PACKAGE_PATH is the import path loadProgram gives the package named on the command line. */
const MAIN_PACKAGE_PATH = 'main';

/** checkMainFunc reports a main package without a `func main` declaration. */
export function checkMainFunc(packages: LoadedPackage[], sink: DiagnosticSink): void {
  const main = packages.find((p) => p.path === MAIN_PACKAGE_PATH);
  if (!main || main.pkg.name !== 'main' || main.files.length === 0) return;
  if (main.pkg.scope.lookup('main')?.kind === 'Func') return;
  sink.error(main.files[0]!.packagePos, 'function main is undeclared in the main package');
}
