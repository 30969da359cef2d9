// A stable text form of what the checker recorded about a package, for the differential test against go/types (the Go
// helper testdata/gotypesdump prints go/types' Info in exactly this form). For each file, in source order (start,
// then longer spans first, then types before definitions before uses):
//   `L:C-L:C T <node kind> <mode> <type>[ = <constant value>]`   every expression in Info.types (builtin names skipped)
//   `L:C D <name> <object>` / `L:C U <name> <object>`           every identifier in Info.defs / Info.uses
// where an object prints as `var|field <type> (decl file.go:L:C)`, `const <type> = <value> (decl ...)`,
// `type|alias <type> (decl ...)`, `func <signature> (decl ...)`, `package <path> (decl ...)`, `builtin`,
// `label (decl ...)`, `nil`, or `<nil>` for a definition without object; universe objects have `(decl -)`.
// Types print as go/types.TypeString with package paths (parameter names included, methods before embedded
// elements, `any` for the predeclared any; byte and rune as written, as go/types keeps their spelling).

import { basename } from 'node:path';
import type * as ast from '../syntax/ast.ts';
import type { FileSet, Pos } from '../syntax/source.ts';
import { assertNever } from '../diag.ts';
import { walk } from '../syntax/walk.ts';
import type { ConstValue } from './constant.ts';
import { valueString } from './constexpr.ts';
import type { Info, TypeAndValue } from './info.ts';
import type { Obj, Var } from './objects.ts';
import type { Tuple, Type, TypeParam } from './types.ts';
import { emptyInterface } from './universe.ts';

interface Entry {
  file: number;
  pos: number;
  end: number;
  tag: number;
  text: string;
}

/** dumpTypes renders Info for the given files (one package) in the stable text form described above. */
export function dumpTypes(files: ast.File[], info: Info, fset: FileSet, pkgPath = 'main'): string {
  const fileOf = (p: Pos): number => files.findIndex((f) => f.pos - 0 <= p && p <= f.end && fset.position(f.pos).filename === fset.position(p).filename);
  const ranges = files.map((f) => ({ name: fset.position(f.pos).filename, base: f.pos - fset.position(f.pos).offset }));
  const locate = (p: Pos): { file: number; off: number } | undefined => {
    const name = fset.position(p).filename;
    const i = ranges.findIndex((r) => r.name === name);
    return i < 0 ? undefined : { file: i, off: p - ranges[i]!.base };
  };
  void fileOf;
  const lc = (p: Pos): string => {
    const ps = fset.position(p);
    return `${ps.line}:${ps.column}`;
  };
  const es: Entry[] = [];
  const commaOk = commaOkExprs(files);
  for (const [e, tv] of info.types) {
    if (tv.mode === 'builtin' || e.end <= e.pos) continue; // builtin names; the synthetic 1 of x++
    const at = locate(e.pos);
    if (!at) continue;
    let ty = typeStr(tv.type);
    if (e.kind === 'Ident' && info.uses.get(e)?.kind === 'Nil') ty = 'untyped nil';
    let mode: string = tv.mode;
    if (commaOk.has(e) && tv.type.kind !== 'Tuple') {
      ty = `(${ty}, bool)`;
      if (isMapIndex(e, info)) mode = 'mapindex';
    }
    let s = `${lc(e.pos)}-${lc(e.end)} T ${nodeKind(e)} ${mode} ${ty}`;
    if (tv.value && tv.mode === 'constant') s += ' = ' + constString(tv.value);
    es.push({ file: at.file, pos: at.off, end: at.off + (e.end - e.pos), tag: 0, text: s });
  }
  const add = (id: ast.Ident, obj: Obj | undefined, tag: number): void => {
    const at = locate(id.pos);
    if (!at) return;
    const text = `${lc(id.pos)} ${tag === 1 ? 'D' : 'U'} ${id.name} ${objString(fset, obj)}`;
    es.push({ file: at.file, pos: at.off, end: at.off + Buffer.byteLength(id.name), tag, text });
  };
  for (const [id, obj] of info.defs) add(id, obj, 1);
  for (const [id, obj] of info.uses) add(id, obj, 2);
  es.sort((a, b) => a.file - b.file || a.pos - b.pos || b.end - a.end || a.tag - b.tag || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const out = [`== package ${pkgPath}`];
  let cur = -1;
  for (const e of es) {
    if (e.file !== cur) {
      cur = e.file;
      out.push(`-- ${basename(ranges[cur]!.name)}`);
    }
    out.push(e.text);
  }
  return out.join('\n') + '\n';
}

/** modeOf is exported for tests: the mode word a TypeAndValue prints with. */
export function modeOf(tv: TypeAndValue): string {
  return tv.mode;
}

/** commaOkExprs finds the expressions used in a two-value comma-ok context (go/types records them as tuples). */
function commaOkExprs(files: ast.File[]): Set<ast.Expr> {
  const out = new Set<ast.Expr>();
  const mark = (e: ast.Expr): void => {
    for (let x: ast.Expr = e; ; x = x.x) {
      out.add(x);
      if (x.kind !== 'ParenExpr') break;
    }
  };
  for (const f of files) {
    walk(f, (n) => {
      if (n.kind === 'AssignStmt' && n.lhs.length === 2 && n.rhs.length === 1) mark(n.rhs[0]!);
      else if (n.kind === 'ValueSpec' && n.names.length === 2 && n.values.length === 1) mark(n.values[0]!);
      return true;
    });
  }
  return out;
}

function isMapIndex(e: ast.Expr, info: Info): boolean {
  while (e.kind === 'ParenExpr') e = e.x;
  return e.kind === 'IndexExpr' && info.types.get(e.x)?.type.underlying().kind === 'Map';
}

function nodeKind(e: ast.Expr): string {
  if (e.kind === 'IndexExpr' && e.indices.length > 1) return 'IndexListExpr';
  return e.kind;
}

function objString(fset: FileSet, obj: Obj | undefined): string {
  if (!obj) return '<nil>';
  let decl = '-';
  if (obj.pos > 0 && obj.pkg) {
    const ps = fset.position(obj.pos);
    decl = `${basename(ps.filename)}:${ps.line}:${ps.column}`;
  }
  switch (obj.kind) {
    case 'Var':
      return `${obj.isField ? 'field' : 'var'} ${typeStr(obj.type)} (decl ${decl})`;
    case 'Const':
      return `const ${typeStr(obj.type)} = ${constString(obj.value)} (decl ${decl})`;
    case 'TypeName':
      return `${obj.isAlias ? 'alias' : 'type'} ${typeStr(obj.type)} (decl ${decl})`;
    case 'Func':
      return `func ${typeStr(obj.type)} (decl ${decl})`;
    case 'PkgName':
      return `package ${obj.imported.path} (decl ${decl})`;
    case 'Builtin':
      return 'builtin';
    case 'Label':
      return `label (decl ${decl})`;
    case 'Nil':
      return 'nil';
    default:
      return assertNever(obj, 'object');
  }
}

/** constString renders a constant as go/constant's Value.String does. */
export function constString(v: ConstValue): string {
  if (v.kind !== 'string') return valueString(v);
  // Only a prefix is shown: 300 bytes quote to at least 74 runes, so quoting just them gives the same text, and a
  // long constant chain (time/tzdata's 20,000 partial sums) costs linear rather than quadratic time.
  let s = goQuote(v.value.length > 300 ? v.value.slice(0, 300) : v.value);
  const runes = [...s];
  if (runes.length > 72) s = runes.slice(0, 69).join('') + '...';
  return s;
}

/** goQuote quotes a byte string as strconv.Quote does (invalid UTF-8 bytes as \x escapes). */
export function goQuote(bytes: string): string {
  const buf = Buffer.from(bytes, 'latin1');
  let out = '"';
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    let r = -1;
    let n = 1;
    if (b < 0x80) r = b;
    else {
      const len = b >= 0xf0 && b < 0xf8 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
      if (len > 0 && i + len <= buf.length) {
        const t = buf.subarray(i, i + len).toString('utf8');
        const cp = t.codePointAt(0)!;
        if ([...t].length === 1 && Buffer.from(t, 'utf8').equals(buf.subarray(i, i + len)) && !(cp >= 0xd800 && cp < 0xe000)) {
          r = cp;
          n = len;
        }
      }
    }
    if (r < 0) out += '\\x' + b.toString(16).padStart(2, '0');
    else out += quoteRune(r);
    i += n;
  }
  return out + '"';
}

function quoteRune(r: number): string {
  switch (r) {
    case 0x07: return '\\a';
    case 0x08: return '\\b';
    case 0x0c: return '\\f';
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
    case 0x09: return '\\t';
    case 0x0b: return '\\v';
    case 0x5c: return '\\\\';
    case 0x22: return '\\"';
  }
  if (r < 0x20 || r === 0x7f) return '\\x' + r.toString(16).padStart(2, '0');
  if (r < 0x80) return String.fromCharCode(r);
  if (isPrint(r)) return String.fromCodePoint(r);
  if (r < 0x10000) return '\\u' + r.toString(16).padStart(4, '0');
  return '\\U' + r.toString(16).padStart(8, '0');
}

function isPrint(r: number): boolean {
  if (r === 0xfffd) return true;
  if ((r >= 0x80 && r < 0xa0) || r === 0xad || (r >= 0xd800 && r < 0xe000) || r === 0xfeff) return false;
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}]|\u0020/u.test(String.fromCodePoint(r));
}

/** typeStr renders a type as go/types.TypeString does with a nil qualifier (package paths). */
export function typeStr(t: Type, depth = 0): string {
  if (depth > 40) return '...';
  const ts = (x: Type): string => typeStr(x, depth + 1);
  switch (t.kind) {
    case 'Basic':
      return t.alias ?? t.name;
    case 'Pointer':
      return '*' + ts(t.elem);
    case 'Array':
      return `[${t.len}]` + ts(t.elem);
    case 'Slice':
      return '[]' + ts(t.elem);
    case 'Struct':
      return (
        'struct{' +
        t.fields
          .map((f, i) => (f.embedded ? '' : f.name + ' ') + ts(f.type) + (t.tags[i] ? ' ' + goQuote(Buffer.from(t.tags[i]!, 'utf8').toString('latin1')) : ''))
          .join('; ') +
        '}'
      );
    case 'Tuple':
      return tupleStr(t, false, depth);
    case 'Signature': {
      const tps = t.typeParams.length ? tparamList(t.typeParams, depth) : '';
      let s = 'func' + tps + tupleStr(t.params, t.variadic, depth);
      const n = t.results.length;
      if (n === 1 && t.results.at(0).name === '') s += ' ' + ts(t.results.at(0).type);
      else if (n > 0) s += ' ' + tupleStr(t.results, false, depth);
      return s;
    }
    case 'Interface': {
      if (t === emptyInterface) return 'any';
      if (t.implicit && t.embeddeds.length === 1) return ts(t.embeddeds[0]!);
      const parts = [
        ...[...t.methods].sort(methodOrder).map((m) => m.name + typeStr(m.type, depth + 1).slice(4)),
        ...t.embeddeds.map(ts),
      ];
      if (t.terms) parts.push(t.terms.map((x) => (x.tilde ? '~' : '') + ts(x.type)).join('|'));
      return 'interface{' + parts.join('; ') + '}';
    }
    case 'Union':
      return t.terms.map((x) => (x.tilde ? '~' : '') + ts(x.type)).join('|'); // go/types 1.19 prints no spaces
    case 'Map':
      return `map[${ts(t.key)}]${ts(t.elem)}`;
    case 'Chan': {
      if (t.dir === 'send') return 'chan<- ' + ts(t.elem);
      if (t.dir === 'recv') return '<-chan ' + ts(t.elem);
      const paren = t.elem.kind === 'Chan' && t.elem.dir === 'recv';
      return 'chan ' + (paren ? '(' : '') + ts(t.elem) + (paren ? ')' : '');
    }
    case 'Named': {
      const o = t.obj;
      let s = o.pkg ? `${o.pkg.path}.${o.name}` : o.name;
      if (t.typeArgs.length) s += '[' + t.typeArgs.map(ts).join(', ') + ']';
      else if (t.typeParams.length) s += tparamList(t.typeParams, depth);
      return s;
    }
    case 'TypeParam':
      return t.obj.name;
    default:
      return assertNever(t, 'type');
  }
}

function methodOrder(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function tupleStr(t: Tuple, variadic: boolean, depth: number): string {
  const parts = t.vars.map((v: Var, i) => {
    let ty: string;
    if (variadic && i === t.length - 1 && v.type.kind === 'Slice') ty = '...' + typeStr(v.type.elem, depth + 1);
    else ty = typeStr(v.type, depth + 1);
    return v.name !== '' ? `${v.name} ${ty}` : ty;
  });
  return '(' + parts.join(', ') + ')';
}

function tparamList(tps: TypeParam[], depth: number): string {
  let s = '[';
  let prev: Type | undefined;
  tps.forEach((tp, i) => {
    if (i > 0) {
      if (tp.constraint !== prev) s += ' ' + typeStr(prev!, depth + 1);
      s += ', ';
    }
    prev = tp.constraint;
    s += tp.obj.name;
  });
  if (prev) s += ' ' + typeStr(prev, depth + 1);
  return s + ']';
}
