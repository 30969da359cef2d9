// Tests of what the checker records in Info: expression types and constant values (untyped constants with their final
// type), defs and uses, selections with index paths and indirection, function full names, scopes and init order.

import { describe, expect, it } from 'vitest';
import type * as ast from '../syntax/ast.ts';
import { valueString } from './constexpr.ts';
import { checkSource, checkSources } from './testutil.ts';
import { Sizes } from './sizes.ts';
import { typeString } from './types.ts';
import type { Obj } from './objects.ts';
import type { ConstValue } from './constant.ts';

/** findExprs returns every expression node of a kind whose source text (by position) matches. */
function exprsAt(r: ReturnType<typeof checkSource>, src: string, text: string): ast.Expr[] {
  const out: ast.Expr[] = [];
  for (const [e] of r.info.types) {
    const p = r.fset.position(e.pos);
    const q = r.fset.position(e.end);
    const line = src.split('\n')[p.line - 1]!;
    if (p.line === q.line && line.slice(p.column - 1, q.column - 1) === text) out.push(e);
  }
  return out;
}

function constVal(o: Obj | undefined): ConstValue {
  if (!o || o.kind !== 'Const') throw new Error('not a constant');
  return o.value;
}

function typeOf(r: ReturnType<typeof checkSource>, src: string, text: string): string {
  const es = exprsAt(r, src, text);
  expect(es.length, `expression ${text}`).toBeGreaterThan(0);
  const tv = r.info.types.get(es[0]!)!;
  return typeString(tv.type) + (tv.value ? ' = ' + valueString(tv.value) : '') + ' ' + tv.mode;
}

describe('Info', () => {
  it('records untyped constants with their final type', () => {
    const src = `package main
var g uint8 = 3
func main() {
	var x uint8 = 200
	var f float32 = 1
	y := 'a'
	z := x + 7
	var s uint = 2
	w := int64(1) << s
	v := 1 << s
	var u int32 = 1 << s
	println(x, f, y, z, w, v, u, 42)
}`;
    const r = checkSource(src);
    expect(r.errors).toEqual([]);
    expect(typeOf(r, src, '3')).toBe('uint8 = 3 constant');
    expect(typeOf(r, src, '200')).toBe('uint8 = 200 constant');
    expect(typeOf(r, src, '1')).toBe('float32 = 1 constant');
    expect(typeOf(r, src, "'a'")).toBe('rune = 97 constant');
    expect(typeOf(r, src, '7')).toBe('uint8 = 7 constant');
    expect(typeOf(r, src, 'x + 7')).toBe('uint8 value');
    expect(typeOf(r, src, '1 << s')).toMatch(/^(int|int32) value$/);
    expect(typeOf(r, src, '42')).toBe('int = 42 constant');
  });

  it('folds constant expressions exactly', () => {
    const src = `package main
const big = 1 << 100
const k = big >> 98
const f = 1.0 / 3
const h = 'a' + 1
const s = "ab" + "c"
const l = len(s)
var a = [k]int{}
func main() { println(k, h, l, a[0], f) }`;
    const r = checkSource(src);
    expect(r.errors).toEqual([]);
    expect(typeOf(r, src, 'big >> 98')).toBe('untyped int = 4 constant');
    expect(typeOf(r, src, "'a' + 1")).toBe('untyped rune = 98 constant');
    expect(typeOf(r, src, '"ab" + "c"')).toBe('untyped string = "abc" constant');
    expect(typeOf(r, src, 'len(s)')).toBe('int = 3 constant');
    const a = r.pkg.scope.lookup('a')!;
    expect(typeString(a.type)).toBe('[4]int');
  });

  it('records selections with index paths and indirection', () => {
    const src = `package main
type Inner struct{ a, b int }
func (i *Inner) M() int { return i.b }
type Outer struct {
	x int
	Inner
}
func main() {
	var o Outer
	p := &o
	_ = o.b
	_ = p.a
	_ = o.M()
	_ = p.x
}`;
    const r = checkSource(src);
    expect(r.errors).toEqual([]);
    const sels = [...r.info.selections.entries()].map(([e, s]) => {
      const x = (e.x as ast.Ident).name;
      return `${x}.${e.sel.name} ${s.kind} [${s.index.join(',')}] indirect=${s.indirect} ${typeString(s.type)}`;
    });
    expect(sels).toContain('o.b FieldVal [1,1] indirect=false int');
    expect(sels).toContain('p.a FieldVal [1,0] indirect=true int');
    expect(sels).toContain('o.M MethodVal [1,0] indirect=false func() int');
    expect(sels).toContain('p.x FieldVal [0] indirect=true int');
    expect(sels).toContain('i.b FieldVal [1] indirect=true int');
  });

  it('names functions and methods and lists them in source order', () => {
    const src = `package main
type T struct{}
func (T) V() {}
func (*T) P() {}
func f() {}
func init() {}
func main() {}`;
    const r = checkSource(src);
    expect(r.errors).toEqual([]);
    expect(r.info.funcs.map((f) => f.fullName)).toEqual(['main.T.V', '(*main.T).P', 'main.f', 'main.init', 'main.main']);
  });

  it('records defs and uses', () => {
    const src = `package main
var g int
func main() {
	x := g
	g = x
}`;
    const r = checkSource(src);
    expect(r.errors).toEqual([]);
    const defs = [...r.info.defs.entries()].filter(([, o]) => o).map(([id, o]) => `${id.name}:${o!.kind}`);
    expect(defs).toEqual(expect.arrayContaining(['g:Var', 'main:Func', 'x:Var']));
    const uses = [...r.info.uses.entries()].map(([id, o]) => `${id.name}:${o.kind}:${r.fset.position(id.pos).line}`);
    expect(uses).toEqual(expect.arrayContaining(['g:Var:4', 'g:Var:5', 'x:Var:5']));
  });

  it('orders package initialization by dependencies across files', () => {
    const r = checkSources({
      'a.go': `package main
var a = b + c
var b = f()
func main() { println(a, b, c, d) }`,
      'b.go': `package main
var c = 1
var d, e = pair()
func f() int { return c + d }
func pair() (int, int) { return 1, 2 }`,
    });
    expect(r.errors).toEqual([]);
    expect(r.info.initOrder.map((i) => i.lhs.map((v) => v.name).join(','))).toEqual(['c', 'd,e', 'b', 'a']);
  });

  it('reports initialization cycles', () => {
    const r = checkSource(`package main
var x = y
var y = x
func main() {}`);
    expect(r.errors.join('\n')).toMatch(/initialization loop for x\n\tmain.go:2:5: x refers to\n\tmain.go:3:5: y refers to\n\tmain.go:2:5: x/);
  });

  it('computes unsafe sizes with the target sizes', () => {
    const src = `package main
import "unsafe"
type S struct {
	a byte
	b int32
	c uintptr
}
var s S
const sz = unsafe.Sizeof(s)
const off = unsafe.Offsetof(s.c)
func main() { println(sz, off) }`;
    const avr = checkSource(src, new Sizes(2, 4, 1));
    expect(avr.errors).toEqual([]);
    expect(valueString(constVal(avr.pkg.scope.lookup('sz')))).toBe('7');
    expect(valueString(constVal(avr.pkg.scope.lookup('off')))).toBe('5');
    const host = checkSource(src);
    expect(valueString(constVal(host.pkg.scope.lookup('sz')))).toBe('16');
    expect(valueString(constVal(host.pkg.scope.lookup('off')))).toBe('8');
  });

  it('records scopes for blocks and functions', () => {
    const r = checkSource(`package main
func main() {
	if x := 1; x > 0 {
		y := x
		_ = y
	}
}`);
    expect(r.errors).toEqual([]);
    const kinds = [...r.info.scopes.keys()].map((n) => n.kind).sort();
    expect(kinds).toEqual(expect.arrayContaining(['File', 'FuncType', 'BlockStmt', 'IfStmt']));
  });

  it('reports unused imports and cross-file redeclarations', () => {
    const r = checkSources({
      'a.go': `package main
import "unsafe"
import u "unsafe"
var x int
func main() {}`,
      'b.go': `package main
var x = 2`,
    });
    expect(r.errors).toEqual([
      'b.go:2:5: x redeclared in this block\n\ta.go:4:5: other declaration of x',
      'a.go:2:8: "unsafe" imported and not used',
      'a.go:3:8: "unsafe" imported as u and not used',
    ]);
  });

  it('gives untyped nil and comma-ok forms their types', () => {
    const src = `package main
func main() {
	var p *int = nil
	m := map[string]int{}
	v, ok := m["k"]
	var i interface{} = 1
	n, isInt := i.(int)
	println(p == nil, v, ok, n, isInt)
}`;
    const r = checkSource(src);
    expect(r.errors).toEqual([]);
    const nils = exprsAt(r, src, 'nil').map((e) => typeString(r.info.types.get(e)!.type));
    expect(nils).toEqual(['*int', '*int']);
    expect(typeOf(r, src, 'm["k"]')).toBe('int commaok');
    expect(typeOf(r, src, 'i.(int)')).toBe('int commaok');
    expect(typeOf(r, src, '1')).toBe('int = 1 constant');
    const ok = r.info.defs.get([...r.info.defs.keys()].find((id) => id.name === 'ok')!)!;
    expect(typeString(ok.type)).toBe('bool');
  });
});
