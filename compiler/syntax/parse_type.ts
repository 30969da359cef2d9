// Type parsing: named and qualified types with type arguments (`pkg.T[int]`), pointer, array, slice, map, channel,
// function, struct and interface types, parameter and result lists (with gc's rules for distributing a type over a
// run of names and for "mixed named and unnamed parameters"), type parameter lists with constraints (`~T`, unions
// `A | B`), and the `name [` ambiguities of struct fields and parameters (`a [N]T` field vs embedded `T[int]`).

import type * as ast from './ast.ts';
import type { Pos } from './source.ts';
import { Tok, tokExpected } from './token.ts';
import { ParserCore } from './parser_core.ts';

/** T is a module-local alias of the token kinds (a plain object read is cheaper than an import binding). */
const T = Tok;

/** ParamEntry is one parsed parameter before names and types are matched up. */
interface ParamEntry {
  name: ast.Ident | undefined;
  type: ast.Expr | undefined;
}

/** TypeParser parses types; the expression and statement parsers (subclasses) provide the abstract methods. */
export abstract class TypeParser extends ParserCore {
  /** sendArrows remembers where the `<-` of each `chan<- T` is, for re-associating `<-chan <-chan T`. */
  protected readonly sendArrows = new WeakMap<ast.ChanType, Pos>();

  /** expr parses an expression. */
  abstract expr(): ast.Expr;
  /** typeOrExpr parses an expression where a type is also allowed. */
  abstract typeOrExpr(): ast.Expr;
  /** binaryExpr continues a binary expression from x. */
  abstract binaryExpr(x: ast.Expr | undefined, prec1: number): ast.Expr;
  /** primaryExpr continues a primary expression from x. */
  abstract primaryExpr(x: ast.Expr | undefined): ast.Expr;
  /** funcBody parses a function body block. */
  abstract funcBody(): ast.BlockStmt;

  /** type parses a type, or reports "expected type" and returns a BadExpr. */
  type(): ast.Expr {
    const t = this.typeOrNil();
    if (t) return t;
    const pos = this.pos;
    this.syntaxError('expected type');
    this.advance(T.Comma, T.Colon, T.Semicolon, T.RParen, T.RBrack, T.RBrace);
    return this.badExpr(pos);
  }

  /** typeOrNil parses a type if the current token can start one. */
  typeOrNil(): ast.Expr | undefined {
    const pos = this.pos;
    switch (this.tok) {
      case T.Mul: {
        this.next();
        this.enter();
        const x = this.type();
        this.leave();
        return { kind: 'StarExpr', pos, end: x.end, x };
      }
      case T.Arrow: {
        this.next();
        this.want(T.Chan);
        const value = this.chanElem();
        return { kind: 'ChanType', pos, end: value.end, dir: 'recv', value };
      }
      case T.Func:
        this.next();
        return this.funcSignature(pos, undefined);
      case T.LBrack: {
        this.next();
        if (this.got(T.RBrack)) {
          const elt = this.elemType();
          return { kind: 'ArrayType', pos, end: elt.end, len: undefined, elt };
        }
        let len: ast.Expr;
        if (this.tok === T.Ellipsis) {
          len = { kind: 'Ellipsis', pos: this.pos, end: this.pos + 3, elt: undefined };
          this.next();
        } else {
          this.exprLev++;
          len = this.expr();
          this.exprLev--;
        }
        this.want(T.RBrack);
        const elt = this.elemType();
        return { kind: 'ArrayType', pos, end: elt.end, len, elt };
      }
      case T.Chan: {
        this.next();
        let dir: ast.ChanDir = 'both';
        const arrow = this.pos;
        if (this.got(T.Arrow)) dir = 'send';
        const value = this.chanElem();
        const t: ast.ChanType = { kind: 'ChanType', pos, end: value.end, dir, value };
        if (dir === 'send') this.sendArrows.set(t, arrow);
        return t;
      }
      case T.Map: {
        this.next();
        this.want(T.LBrack);
        const key = this.type();
        this.want(T.RBrack);
        const value = this.elemType();
        return { kind: 'MapType', pos, end: value.end, key, value };
      }
      case T.Struct:
        return this.structType();
      case T.Interface:
        return this.interfaceType();
      case T.Ident:
        return this.typeName(this.ident());
      case T.LParen: {
        this.next();
        this.enter();
        const x = this.type();
        this.leave();
        this.want(T.RParen);
        return { kind: 'ParenExpr', pos, end: this.endFrom(pos), x };
      }
      default:
        return undefined;
    }
  }

  private elemType(): ast.Expr {
    this.enter();
    const t = this.type();
    this.leave();
    return t;
  }

  private chanElem(): ast.Expr {
    this.enter();
    try {
      const t = this.typeOrNil();
      if (t) return t;
      const pos = this.pos;
      this.syntaxError('missing channel element type');
      return this.badExpr(pos);
    } finally {
      this.leave();
    }
  }

  /** typeName continues a type name from its first identifier: `pkg.T`, `T[A, B]`. */
  typeName(name: ast.Ident): ast.Expr {
    let x: ast.Expr = name;
    if (this.tok === T.Period) {
      this.next();
      const sel = this.ident();
      x = { kind: 'SelectorExpr', pos: name.pos, end: sel.end, x: name, sel };
    }
    if (this.tok === T.LBrack) x = this.typeArgs(x);
    return x;
  }

  /** typeArgs parses `[T1, T2]` after a generic type name. */
  typeArgs(x: ast.Expr): ast.IndexExpr {
    const lbrack = this.pos;
    this.next();
    this.exprLev++;
    const indices: ast.Expr[] = [];
    const rbrack = this.list('type argument list', T.Comma, T.RBrack, () => {
      indices.push(this.type());
      return false;
    });
    this.exprLev--;
    if (indices.length === 0) this.syntaxErrorAt(rbrack, 'expected type argument list');
    return { kind: 'IndexExpr', pos: x.pos, end: this.endFrom(x.pos), x, lbrack, indices, rbrack };
  }

  /**
   * arrayOrTArgs parses what follows a name and `[`: an array/slice type `[N]E` / `[]E` (returned as ArrayType) or
   * type arguments `[A, B]` (returned as an IndexExpr whose x the caller fills in).
   */
  arrayOrTArgs(): ast.Expr {
    const lbrack = this.pos;
    this.want(T.LBrack);
    if (this.got(T.RBrack)) {
      const elt = this.elemType();
      return { kind: 'ArrayType', pos: lbrack, end: elt.end, len: undefined, elt };
    }
    const list: ast.Expr[] = [];
    let comma = false;
    this.exprLev++;
    if (this.tok === T.Ellipsis) {
      list.push({ kind: 'Ellipsis', pos: this.pos, end: this.pos + 3, elt: undefined });
      this.next();
    } else {
      while (this.tok !== T.RBrack && this.tok !== T.EOF) {
        list.push(this.typeOrExpr());
        if (!this.got(T.Comma)) break;
        comma = true;
      }
    }
    this.exprLev--;
    const rbrack = this.want(T.RBrack);
    if (list.length === 1 && !comma) {
      this.enter();
      const elt = this.typeOrNil();
      this.leave();
      if (elt) return { kind: 'ArrayType', pos: lbrack, end: elt.end, len: list[0], elt };
    }
    if (list.length === 0) this.syntaxErrorAt(rbrack, 'expected operand');
    return { kind: 'IndexExpr', pos: lbrack, end: this.endFrom(lbrack), x: list[0]!, lbrack, indices: list, rbrack };
  }

  /** structType parses `struct { fields }`. */
  structType(): ast.StructType {
    const pos = this.pos;
    this.want(T.Struct);
    const opening = this.pos;
    this.want(T.LBrace);
    const list: ast.Field[] = [];
    const closing = this.list('struct type', T.Semicolon, T.RBrace, () => {
      this.fieldDecl(list);
      return false;
    });
    const fields: ast.FieldList = { kind: 'FieldList', pos: opening, end: this.endFrom(opening), opening, list: this.tight(list), closing };
    return { kind: 'StructType', pos, end: this.endFrom(pos), fields };
  }

  private tag(): ast.BasicLit | undefined {
    if (this.tok !== T.String) return undefined;
    const pos = this.pos;
    const value = this.lit;
    this.next();
    return { kind: 'BasicLit', pos, end: this.endFrom(pos), litKind: 'STRING', value };
  }

  private fieldDecl(list: ast.Field[]): void {
    const doc = this.leadComment;
    const pos = this.pos;
    if (this.tok === T.Ident) {
      const name = this.ident();
      if (this.tok === T.Period || this.tok === T.String || this.tok === T.Semicolon || this.tok === T.RBrace) {
        this.addField(list, pos, doc, [], this.typeName(name)); // embedded type
        return;
      }
      if (this.tok === T.LBrack) {
        const t = this.arrayOrTArgs();
        if (t.kind === 'IndexExpr') {
          t.x = name;
          t.pos = name.pos;
          this.addField(list, pos, doc, [], t); // embedded generic type
        } else this.addField(list, pos, doc, [name], t);
        return;
      }
      const names = [name];
      while (this.got(T.Comma)) names.push(this.ident());
      this.addField(list, pos, doc, names, this.type());
      return;
    }
    if (this.tok === T.Mul) {
      this.next();
      if (this.tok === T.LParen) {
        this.syntaxError('cannot parenthesize embedded type');
        this.next();
        const t = this.typeNameOrBad();
        this.got(T.RParen);
        this.addField(list, pos, doc, [], { kind: 'StarExpr', pos, end: t.end, x: t });
        return;
      }
      const t = this.typeNameOrBad();
      this.addField(list, pos, doc, [], { kind: 'StarExpr', pos, end: t.end, x: t });
      return;
    }
    if (this.tok === T.LParen) {
      this.syntaxError('cannot parenthesize embedded type');
      this.next();
      const t = this.typeNameOrBad();
      this.got(T.RParen);
      this.addField(list, pos, doc, [], t);
      return;
    }
    this.syntaxError('expected field name or embedded type');
    this.advance(T.Semicolon, T.RBrace);
  }

  /** addField finishes a struct field (reading its tag); a method, not a closure, as it runs for every field. */
  private addField(list: ast.Field[], pos: Pos, doc: ast.CommentGroup | undefined, names: ast.Ident[], type: ast.Expr): void {
    const tag = this.tag();
    list.push({ kind: 'Field', pos, end: this.endFrom(pos), doc, names, type, tag });
  }

  private typeNameOrBad(): ast.Expr {
    if (this.tok === T.Ident) return this.typeName(this.ident());
    const pos = this.pos;
    this.syntaxError('expected name');
    this.advance(T.Semicolon, T.RBrace);
    return this.badExpr(pos);
  }

  /** interfaceType parses `interface { methods and type elements }`. */
  interfaceType(): ast.InterfaceType {
    const pos = this.pos;
    this.want(T.Interface);
    const opening = this.pos;
    this.want(T.LBrace);
    const list: ast.Field[] = [];
    const closing = this.list('interface type', T.Semicolon, T.RBrace, () => {
      const doc = this.leadComment;
      const fpos = this.pos;
      if (this.tok === T.Ident) {
        const name = this.ident();
        if (this.tok === T.LParen) {
          const type = this.funcSignature(this.pos, undefined);
          list.push({ kind: 'Field', pos: fpos, end: this.endFrom(fpos), doc, names: [name], type, tag: undefined });
          return false;
        }
        if (this.tok === T.LBrack) {
          list.push(this.interfaceBrackElem(name, fpos, doc));
          return false;
        }
        const t = this.unionRest(this.typeName(name));
        list.push({ kind: 'Field', pos: fpos, end: this.endFrom(fpos), doc, names: [], type: t, tag: undefined });
        return false;
      }
      const t = this.constraint();
      list.push({ kind: 'Field', pos: fpos, end: this.endFrom(fpos), doc, names: [], type: t, tag: undefined });
      return false;
    });
    const methods: ast.FieldList = { kind: 'FieldList', pos: opening, end: this.endFrom(opening), opening, list, closing };
    return { kind: 'InterfaceType', pos, end: this.endFrom(pos), methods };
  }

  /**
   * interfaceBrackElem parses an interface element that continues `name [`: the type arguments of an embedded generic
   * type (`T[A, B]`), or, as gc accepts and rejects them, the type parameters of a method (`m[P any]()`: "interface
   * method must have no type parameters"). Like gc, an entry `P C` (a name and a constraint) makes it a method.
   */
  private interfaceBrackElem(name: ast.Ident, fpos: Pos, doc: ast.CommentGroup | undefined): ast.Field {
    const lbrack = this.pos;
    this.next();
    if (this.tok === T.RBrack) {
      const rbrack = this.pos;
      this.next();
      if (this.tok === T.LParen) {
        this.report(rbrack, 'empty type parameter list');
        const type = this.funcSignature(this.pos, undefined);
        return { kind: 'Field', pos: fpos, end: this.endFrom(fpos), doc, names: [name], type, tag: undefined };
      }
      this.report(rbrack, 'empty type argument list');
      return { kind: 'Field', pos: fpos, end: this.endFrom(fpos), doc, names: [], type: name, tag: undefined };
    }
    const entries: { name: ast.Ident | undefined; type: ast.Expr }[] = [];
    this.exprLev++;
    const rbrack = this.list('type argument list', T.Comma, T.RBrack, () => {
      const t = this.type();
      if (t.kind === 'Ident' && this.tok !== T.Comma && this.tok !== T.RBrack) {
        entries.push({ name: t, type: this.constraint() });
      } else entries.push({ name: undefined, type: t });
      return false;
    });
    this.exprLev--;
    if (entries.some((e) => e.name !== undefined)) {
      const params: ast.Field[] = [];
      let names: ast.Ident[] = [];
      for (const e of entries) {
        if (!e.name) {
          if (e.type.kind === 'Ident') names.push(e.type);
          continue;
        }
        names.push(e.name);
        params.push({ kind: 'Field', pos: names[0]!.pos, end: e.type.end, doc: undefined, names, type: e.type, tag: undefined });
        names = [];
      }
      const tparams: ast.FieldList = { kind: 'FieldList', pos: lbrack, end: rbrack + 1, opening: lbrack, list: params, closing: rbrack };
      const type = this.funcSignature(this.pos, tparams);
      this.report(lbrack, 'interface method must have no type parameters');
      return { kind: 'Field', pos: fpos, end: this.endFrom(fpos), doc, names: [name], type, tag: undefined };
    }
    const indices = entries.map((e) => e.type);
    const x: ast.IndexExpr = { kind: 'IndexExpr', pos: name.pos, end: this.endFrom(name.pos), x: name, lbrack, indices, rbrack };
    const t = this.unionRest(x);
    return { kind: 'Field', pos: fpos, end: this.endFrom(fpos), doc, names: [], type: t, tag: undefined };
  }

  /** constraintTerm parses `~T` or `T`. */
  constraintTerm(): ast.Expr {
    if (this.tok === T.Tilde) {
      const pos = this.pos;
      this.next();
      const x = this.type();
      return { kind: 'UnaryExpr', pos, end: x.end, op: '~', x };
    }
    return this.type();
  }

  /** constraint parses a union of terms `~A | B | C`. */
  constraint(): ast.Expr {
    return this.unionRest(this.constraintTerm());
  }

  /** unionRest continues a union after its first term. */
  unionRest(x: ast.Expr): ast.Expr {
    while (this.tok === T.Or) {
      const opPos = this.pos;
      this.next();
      const y = this.constraintTerm();
      x = { kind: 'BinaryExpr', pos: x.pos, end: y.end, x, opPos, op: '|', y };
    }
    return x;
  }

  /** funcSignature parses `(params) results` after `func` (and a name); pos is the FuncType's position. */
  funcSignature(pos: Pos, typeParams: ast.FieldList | undefined): ast.FuncType {
    const params = this.paramList(T.LParen, T.RParen, false);
    const results = this.funcResult();
    return { kind: 'FuncType', pos, end: this.endFrom(pos), typeParams, params, results };
  }

  /** funcResult parses an optional result: a parenthesized list or a single type. */
  funcResult(): ast.FieldList | undefined {
    if (this.tok === T.LParen) return this.paramList(T.LParen, T.RParen, false);
    const pos = this.pos;
    const t = this.typeOrNil();
    if (!t) return undefined;
    const field: ast.Field = { kind: 'Field', pos, end: t.end, doc: undefined, names: [], type: t, tag: undefined };
    return { kind: 'FieldList', pos, end: t.end, opening: 0, list: [field], closing: 0 };
  }

  /** paramList parses `(params)` or, with typeParams, `[type params]`. */
  paramList(open: Tok, close: Tok, typeParams: boolean): ast.FieldList {
    const opening = this.pos;
    this.want(open);
    const entries: ParamEntry[] = [];
    const starts: Pos[] = [];
    this.exprLev++;
    const closing = this.list(typeParams ? 'type parameter list' : 'parameter list', T.Comma, close, () => {
      const start = this.pos;
      const e = this.paramDecl(typeParams, close);
      if (e) {
        entries.push(e);
        starts.push(start);
      }
      return false;
    });
    this.exprLev--;
    const list = this.tight(this.distribute(entries, starts, typeParams, closing));
    return { kind: 'FieldList', pos: opening, end: this.endFrom(opening), opening, list, closing };
  }

  private paramDecl(typeParams: boolean, close: Tok): ParamEntry | undefined {
    let name: ast.Ident | undefined;
    if (this.tok === T.Ident) {
      const id = this.ident();
      if (this.tok === T.LBrack) {
        const t = this.arrayOrTArgs();
        let e: ParamEntry;
        if (t.kind === 'IndexExpr') {
          t.x = id;
          t.pos = id.pos;
          e = { name: undefined, type: t };
        } else e = { name: id, type: t };
        if (typeParams && this.tok === T.Or) e.type = this.unionRest(e.type!);
        return e;
      }
      if (this.tok === T.Period) {
        let t = this.typeName(id);
        if (typeParams && this.tok === T.Or) t = this.unionRest(t);
        return { name: undefined, type: t };
      }
      if (typeParams && this.tok === T.Or) return { name: undefined, type: this.unionRest(id) };
      name = id;
    }
    let type: ast.Expr | undefined;
    if (this.tok === T.Ellipsis) {
      const pos = this.pos;
      this.next();
      const elt = this.typeOrNil();
      if (!elt) this.syntaxErrorAt(pos, '... is missing type');
      type = { kind: 'Ellipsis', pos, end: this.endFrom(pos), elt: elt ?? this.badExpr(pos) };
    } else if (typeParams && this.tok === T.Tilde) {
      type = this.constraint();
    } else {
      type = this.typeOrNil();
      if (typeParams && type && this.tok === T.Or) type = this.unionRest(type);
    }
    if (!name && !type) {
      this.syntaxError('expected ' + tokExpected(close));
      this.advance(T.Comma, close);
      return undefined;
    }
    return { name, type };
  }

  /** distribute turns parsed entries into Fields, giving each run of bare names the type that follows it. */
  private distribute(entries: ParamEntry[], starts: Pos[], typeParams: boolean, closing: Pos): ast.Field[] {
    let named = 0;
    let typed = 0;
    for (const e of entries) {
      if (e.name && e.type) named++;
      if (e.type) typed++;
    }
    const fields: ast.Field[] = [];
    if (named === 0) {
      // all entries are types
      if (typeParams && entries.length > 0) {
        this.syntaxErrorAt(closing, 'missing type constraint');
      }
      for (const e of entries) {
        const t = e.type ?? e.name!;
        fields.push({ kind: 'Field', pos: t.pos, end: t.end, doc: undefined, names: [], type: t, tag: undefined });
      }
      return fields;
    }
    // some entries are named: every name-only entry takes the next type; a type-only entry is an error
    let errReported = false;
    let pendingType: ast.Expr | undefined;
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i]!;
      if (e.name && e.type) pendingType = e.type;
      else if (e.name && !e.type) {
        if (pendingType) e.type = pendingType;
        else if (!errReported) {
          errReported = true;
          this.syntaxErrorAt(starts[i]!, typeParams ? 'missing type constraint' : 'mixed named and unnamed parameters');
        }
      } else if (!e.name && !errReported) {
        errReported = true;
        this.syntaxErrorAt(starts[i]!, 'mixed named and unnamed parameters');
      }
    }
    void typed;
    let cur: ast.Field | undefined;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (!e.name) {
        const t = e.type!;
        fields.push({ kind: 'Field', pos: t.pos, end: t.end, doc: undefined, names: [], type: t, tag: undefined });
        cur = undefined;
        continue;
      }
      const t = e.type ?? this.badExpr(e.name.pos);
      if (cur && cur.type === t) {
        cur.names.push(e.name);
        continue;
      }
      cur = { kind: 'Field', pos: e.name.pos, end: t.end, doc: undefined, names: [e.name], type: t, tag: undefined };
      fields.push(cur);
    }
    return fields;
  }
}
