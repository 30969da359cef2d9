// Test fixture for the passes' hand-built IR tests: a program with one fake source file `main.go` of blank lines, so
// that `at(line, col)` gives real positions the report can resolve, and short helpers over ir/builder.ts for the
// shapes the tests build again and again (a function with an entry block, a global, a call with the right type).

import * as path from 'node:path';
import { FileSet, type Pos } from '../../compiler/syntax/source.ts';
import { Sizes } from '../../compiler/types/sizes.ts';
import { Pointer, Typ, type Type } from '../../compiler/types/types.ts';
import * as b from '../../ir/builder.ts';
import type * as ir from '../../ir/ir.ts';

/** Fixture is a program under construction with its `main` package and position helper. */
export interface Fixture {
  prog: ir.Program;
  pkg: ir.Package;
  /** cwd is the directory the fake file lives in (reports are relative to it). */
  cwd: string;
  /** at returns the position of line:col in main.go. */
  at(line: number, col?: number): Pos;
  /** func creates `main.<name>` with params and results and returns it with its entry block. */
  func(name: string, params: [string, Type][], results: Type[]): { fn: ir.Function; entry: ir.BasicBlock };
  /** global creates `main.<name>` of type t. */
  global(name: string, t: Type): ir.Global;
  /** call emits a call of fn with the type of its results. */
  call(blk: ir.BasicBlock, fn: ir.Function, args: ir.Value[], pos?: Pos): ir.Call;
  /** println emits println(args...). */
  println(blk: ir.BasicBlock, args: ir.Value[], pos?: Pos): ir.Call;
}

/** newFixture makes a fresh program with a 100-line main.go in a fake directory; ptrSize 2 mimics AVR by default. */
export function newFixture(sizes = new Sizes(8, 8, 8)): Fixture {
  const fset = new FileSet();
  const cwd = path.resolve('/tmp/tsgo-passes-fixture');
  const src = new TextEncoder().encode('\n'.repeat(100).replace(/\n/g, '\t\t\t\t\t\t\t\t\n'));
  const file = fset.addFile(path.join(cwd, 'main.go'), src);
  const prog = b.newProgram(fset, sizes);
  const pkg = b.newPackage(prog, 'main', 'main');
  const lineLen = 9;
  return {
    prog,
    pkg,
    cwd,
    at: (line, col = 2) => file.pos((line - 1) * lineLen + (col - 1)),
    func(name, params, results) {
      const fn = b.newFunction(pkg, name, `main.${name}`, b.signatureOf(params, results), 0);
      const entry = b.newBlock(fn, 'entry');
      return { fn, entry };
    },
    global: (name, t) => b.newGlobal(pkg, name, t, 0),
    call: (blk, fn, args, pos = 0) => b.emitCall(blk, fn, args, b.callResultType(fn.signature), pos),
    println: (blk, args, pos = 0) => b.emitCall(blk, b.builtinValue('println'), args, b.signatureOf([], []).results, pos),
  };
}

/** ptrInt is `*int`. */
export const ptrInt = new Pointer(Typ.int);
