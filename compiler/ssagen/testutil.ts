// Test helpers for the SSA builder: parse and type-check Go sources with the real front end, then build them. Used by
// the golden tests and the property tests; the packages are checked in order, each importing the ones before it.

import { DiagnosticSink } from '../diag.ts';
import { parseFile } from '../syntax/parser.ts';
import { FileSet } from '../syntax/source.ts';
import type * as ast from '../syntax/ast.ts';
import { checkPackage } from '../types/check.ts';
import type { Info } from '../types/info.ts';
import { Sizes } from '../types/sizes.ts';
import type * as types from '../types/types.ts';
import type * as ir from '../../ir/ir.ts';
import { buildProgram } from './build.ts';
import type { BuildOptions } from './build.ts';

/** SourcePackage is one package of Go sources for buildPackages: its import path and its files (name, bytes). */
export interface SourcePackage {
  path: string;
  files: { name: string; src: Uint8Array | string }[];
}

/** BuiltForTest is the result of buildPackages: the program, the sink and the front end's error messages. */
export interface BuiltForTest {
  prog: ir.Program;
  sink: DiagnosticSink;
  checkErrors: string[];
}

/** buildPackages parses, checks and builds packages in dependency order (amd64 sizes unless given). */
export async function buildPackages(pkgs: SourcePackage[], opts: BuildOptions = {}, sizes = new Sizes(8, 8, 8)): Promise<BuiltForTest> {
  const fset = new FileSet();
  const frontSink = new DiagnosticSink(fset);
  const checked: { pkg: types.Package; files: ast.File[]; info: Info }[] = [];
  const byPath = new Map<string, types.Package>();
  for (const p of pkgs) {
    const files = p.files.map((f) =>
      parseFile(fset, f.name, typeof f.src === 'string' ? new TextEncoder().encode(f.src) : f.src, frontSink),
    );
    const { pkg, info } = checkPackage({ fset, sizes, importer: (path: string) => byPath.get(path) }, p.path, files, frontSink);
    byPath.set(p.path, pkg);
    checked.push({ pkg, files, info });
  }
  const checkErrors = frontSink.list.map((d) => frontSink.format(d));
  const sink = new DiagnosticSink(fset);
  const prog = buildProgram({ fset, sizes, packages: checked }, sink, opts);
  return { prog, sink, checkErrors };
}

/** buildFromSource builds a single-file package main. */
export async function buildFromSource(name: string, src: Uint8Array | string, opts: BuildOptions = {}): Promise<BuiltForTest> {
  return buildPackages([{ path: 'main', files: [{ name, src }] }], opts);
}
