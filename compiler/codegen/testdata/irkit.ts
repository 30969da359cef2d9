// A tiny kit for writing IR by hand in codegen's tests, on top of ir/builder.ts: a program with a `main` package,
// and a function builder that keeps a current block so that tests read top to bottom.

import * as B from '../../../ir/builder.ts';
import type * as ir from '../../../ir/ir.ts';
import { FileSet, NoPos } from '../../syntax/source.ts';
import type { Sizes } from '../../types/sizes.ts';
import type { Type } from '../../types/types.ts';
import { Tuple, Typ } from '../../types/types.ts';

/** Kit is a program under construction with its main package. */
export class Kit {
  readonly prog: ir.Program;
  readonly main: ir.Package;

  constructor(sizes: Sizes) {
    this.prog = B.newProgram(new FileSet(), sizes);
    this.main = B.newPackage(this.prog, 'main', 'main');
    B.emitReturn(B.newBlock(this.main.init, 'entry'), []);
  }

  /** func creates main.<name> with the given parameters and results. */
  func(name: string, params: [string, Type][] = [], results: Type[] = []): Fn {
    const fn = B.newFunction(this.main, name, `main.${name}`, B.signatureOf(params, results), NoPos);
    return new Fn(fn);
  }

  /** external declares a bodyless function (implemented elsewhere). */
  external(qualifiedName: string, params: [string, Type][] = [], results: Type[] = []): ir.Function {
    return B.newFunction(this.main, qualifiedName, qualifiedName, B.signatureOf(params, results), NoPos);
  }

  /** global adds main.<name> of type t. */
  global(name: string, t: Type): ir.Global {
    return B.newGlobal(this.main, name, t, NoPos);
  }
}

/** Fn builds one function with a current block. */
export class Fn {
  cur: ir.BasicBlock;
  constructor(readonly fn: ir.Function) {
    this.cur = B.newBlock(fn, 'entry');
  }
  param(i: number): ir.Parameter {
    return this.fn.params[i]!;
  }
  block(comment = ''): ir.BasicBlock {
    return B.newBlock(this.fn, comment);
  }
  at(b: ir.BasicBlock): this {
    this.cur = b;
    return this;
  }
  println(...args: ir.Value[]): ir.Call {
    return B.emitCall(this.cur, B.builtinValue('println'), args, new Tuple([]), NoPos);
  }
  call(callee: ir.Function, ...args: ir.Value[]): ir.Call {
    return B.emitCall(this.cur, callee, args, B.callResultType(callee.signature), NoPos);
  }
  bin(op: ir.BinOpKind, x: ir.Value, y: ir.Value, t?: Type): ir.BinOp {
    const cmp = ['==', '!=', '<', '<=', '>', '>='].includes(op);
    return B.emitBinOp(this.cur, op, x, y, t ?? (cmp ? Typ.bool : x.type), NoPos);
  }
  ret(...vals: ir.Value[]): void {
    B.emitReturn(this.cur, vals);
  }
}

/** int, str, bool: constant shorthands. */
export const int = (n: number | bigint, t: Type = Typ.int): ir.Const => B.constInt(t, n);
export const str = (s: string): ir.Const => B.constString(s);
export const bool = (b: boolean): ir.Const => B.constBool(b);
export { B, NoPos, Typ };
