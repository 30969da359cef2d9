// Regression tests for checker bugs found by the GOROOT/test sweeps (compiler/oracle/errorcheck.ts): one test per
// bug, named after what broke, each on the smallest program that showed it.

import { describe, expect, it } from 'vitest';
import { checkSource, hostSizes } from './testutil.ts';
import { checkPackage } from './check.ts';
import { DiagnosticSink } from '../diag.ts';
import { parseFile } from '../syntax/parser.ts';
import { FileSet } from '../syntax/source.ts';
import type { ConstValue } from './constant.ts';
import { valueString } from './constexpr.ts';

/** initNames lists Info.initOrder as the names of each initializer's left-hand sides. */
function initNames(src: string): string[] {
  const r = checkSource(src);
  expect(r.errors).toEqual([]);
  return r.info.initOrder.map((i) => i.lhs.map((v) => v.name).join(','));
}

describe('checker regressions', () => {
  it('initialization order follows method calls into method bodies (fixedbugs/bug446.go)', () => {
    const src = `package main
type T int
func (t T) Method1() int { return a }
func (t T) Method2() int { return b }
var dummy1 = T(0).Method1()
var dummy2 = T.Method2(0)
var a = 1
var b = 2
func main() {}
`;
    expect(initNames(src)).toEqual(['a', 'dummy1', 'b', 'dummy2']);
  });

  it('initialization order follows method values and calls through pointer receivers', () => {
    const src = `package main
type T struct{}
func (t *T) M() int { return f() }
func f() int { return a }
var t T
var g = t.M
var h = (&t).M()
var a = 1
func main() { _, _ = g, h }
`;
    expect(initNames(src)).toEqual(['a', 'g', 'h']);
  });

  it('copy and complex spread a single multi-value call (fixedbugs/issue15992.go, issue5793.go)', () => {
    const r = checkSource(`package main
func f(a []byte) ([]byte, []byte) { return a, []byte("abc") }
func two() (float64, float64) { return 1, 2 }
func main() {
	a := []byte{1, 2}
	n := copy(f(a))
	z := complex(two())
	_, _ = n, z
	_ = copy(two()) /* bad */
}
`);
    expect(r.errors).toEqual(['main.go:9:11: invalid argument: copy expects slice arguments; found two() (value of type float64) and two() (value of type float64)']);
  });

  it('a tagless switch accepts an interface case that bool implements (switch.go)', () => {
    const r = checkSource(`package main
func main() {
	switch i := interface{}(true); {
	case i:
	case false:
	}
	switch x := 1; {
	case x:
	}
}
`);
    expect(r.errors).toEqual(['main.go:8:7: invalid case x in switch on true (mismatched types int and bool)']);
  });

  it('unsafe.Add accepts a negative constant offset (unsafebuiltins.go)', () => {
    const r = checkSource(`package main
import "unsafe"
func main() {
	var p [2]byte
	_ = unsafe.Add(unsafe.Pointer(&p[1]), -1)
	_ = make([]int, -1)
}
`);
    expect(r.errors).toEqual(['main.go:6:18: invalid argument: index -1 (constant of type int) must not be negative']);
  });

  it('iota inside a function literal in a constant declaration is the spec\'s iota (fixedbugs/issue22344.go)', () => {
    const r = checkSource(`package main
import "unsafe"
const (
	zero = iota
	one
	two = unsafe.Sizeof(func() {
		var x [iota]int
		const (
			A = iota
			B
			_ = unsafe.Sizeof([B + 1]int{} == x)
		)
	})
)
func main() { _ = iota }
`);
    expect(r.errors).toEqual(['main.go:15:19: cannot use iota outside constant declaration']);
  });

  it('an alias may refer to a defined type that refers back to the alias (fixedbugs/issue27232.go, issue27267.go)', () => {
    const r = checkSource(`package main
type F = func(T)
type T interface {
	m(F)
}
type t struct{}
func (t) m(F) {}
var _ T = &t{}
type G = func(E)
type E struct {
	f G
}
var x = E{func(E) {}}
type P = *S
type S struct {
	p P
}
func main() { _ = x }
`);
    expect(r.errors).toEqual([]);
  });

  it('goto may not jump over a variable declaration or into a block (goto.go)', () => {
    const r = checkSource(`package main
func main() {
	goto L
	y := 1
	x := y
	_ = x
L:
	goto M
	{
	M:
	}
	switch {
	case true:
	N:
		goto N
	}
	goto N
	for {
		goto O
	}
	var (
		p int
		q int
	)
	_, _ = p, q
	goto O
O:
	for {
		for {
			goto P
		}
		q := 1
		_ = q
	}
P:
}
`);
    expect(r.errors).toEqual([
      'main.go:3:7: goto L jumps over declaration of x at main.go:5:4',
      'main.go:19:8: goto O jumps over declaration of p at main.go:22:3',
      'main.go:8:7: goto M jumps into block starting at main.go:9:2',
      'main.go:17:7: goto N jumps into block starting at main.go:13:2',
    ]);
  });

  it('imaginary literals take hexadecimal, octal and binary mantissas (literal2.go)', () => {
    const r = checkSource(`package main
const a = 0x_cafei
const b = 0o17i + 0b101i + 017i
func main() {}
`);
    expect(r.errors).toEqual([]);
    const val = (name: string): string => {
      const o = r.pkg.scope.lookup(name);
      return JSON.stringify(o?.kind === 'Const' ? o.value : undefined, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
    };
    expect(val('a')).toBe('{"kind":"complex","re":{"num":"0","den":"1"},"im":{"num":"51966","den":"1"}}');
    expect(val('b')).toBe('{"kind":"complex","re":{"num":"0","den":"1"},"im":{"num":"37","den":"1"}}');
  });

  it('every initialization loop is reported in gc\'s words, through functions and methods (initloop.go, issue6703a.go)', () => {
    const r = checkSource(`package main
type T int
func (T) m() int { return a }
var a = T(0).m()
func f() int { return b }
var b = f()
func main() {}
`);
    expect(r.errors).toEqual([
      'main.go:4:5: initialization loop for a\n\tmain.go:4:5: a refers to\n\tmain.go:3:10: m refers to\n\tmain.go:4:5: a',
      'main.go:6:5: initialization loop for b\n\tmain.go:6:5: b refers to\n\tmain.go:5:6: f refers to\n\tmain.go:6:5: b',
    ]);
  });

  it('untyped floats with huge exponents are big floats, not malformed (fixedbugs/issue11326b.go, issue7419.go)', () => {
    const r = checkSource(`package main
const n = 1e646456992
const d = 1e646456991
var x = n / d
var y = 1e-779137
var z = -n < 1e-5000
func main() {}
`);
    expect(r.errors).toEqual([]);
    const recorded = (name: string): string => {
      const id = [...r.info.defs.keys()].find((k) => k.name === name)!;
      // The initializer is the outermost expression after the name (Info.types' insertion order is no contract).
      const after = [...r.info.types.entries()].filter(([e]) => e.pos > id.pos);
      after.sort(([a], [b]) => a.pos - b.pos || b.end - a.end);
      const init = after[0]?.[1];
      return `${init?.type.toString()} ${init?.value ? valueString(init.value) : '?'}`;
    };
    expect(valueString((r.pkg.scope.lookup('n') as { value: ConstValue }).value)).toBe('1e+646456992');
    expect(recorded('x')).toBe('float64 10');
    expect(recorded('y')).toBe('float64 0');
  });

  it('a float constant that does not fit an integer type is truncated, and a conversion says no more (issue11371.go, issue13559.go)', () => {
    const r = checkSource(`package main
const a int = 1e20
const b int64 = -1e10000
var c = int64(1e20)
func main() {}
`);
    expect(r.errors).toEqual([
      'main.go:2:15: cannot use 1e20 (untyped float constant 1e+20) as int value in constant declaration (truncated)',
      'main.go:3:17: cannot use -1e10000 (untyped float constant -1e+10000) as int64 value in constant declaration (truncated)',
      'main.go:4:15: cannot convert 1e20 (untyped float constant 100000000000000000000) to type int64',
    ]);
  });

  it('dot imports put the exported names in the file scope and count as used through any of them (import.go, bug239.go)', () => {
    const check = (importing: string): string[] => {
      const fset = new FileSet();
      const sink = new DiagnosticSink(fset);
      const parse = (name: string, src: string) => parseFile(fset, name, new TextEncoder().encode(src), sink);
      const lib = checkPackage({ fset, sizes: hostSizes, importer: () => undefined }, 'lib',
        [parse('lib.go', 'package lib\ntype T int\nfunc F() T { return 1 }\nconst C = 2\nvar hidden = 3\n')], sink).pkg;
      checkPackage({ fset, sizes: hostSizes, importer: (p) => (p === 'lib' ? lib : undefined) }, 'main', [parse('main.go', importing)], sink);
      return sink.list.map((d) => `${fset.position(d.pos).line}: ${d.message}`);
    };
    expect(check('package main\nimport . "lib"\nvar x T = F() + C\nfunc main() { _ = x }\n')).toEqual([]);
    expect(check('package main\nimport . "lib"\nvar y = hidden\nfunc main() {}\n')).toEqual(['3: undefined: hidden', '2: "lib" imported and not used']);
  });

  it('delete spreads a single two-value call (fixedbugs/issue15992.go)', () => {
    const r = checkSource(`package main
func h(m map[int]int) (map[int]int, int) { return m, 0 }
func g() ([]int, int) { return nil, 0 }
func main() {
	m := map[int]int{}
	delete(h(m))
	delete(g())
}
`);
    expect(r.errors).toEqual(['main.go:7:9: invalid argument: g() (value of type []int) is not a map']);
  });
  it('infers the type arguments of a generic function calling itself (its T passed as the callee\'s T)', () => {
    const src = `package main
func Fib[T ~int | ~int64](n T) T {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}
func main() { _ = Fib(10) }
`;
    const r = checkSource(src);
    expect(r.errors).toEqual([]);
    const calls = [...r.info.instances.values()].map((i) => i.typeArgs.map((t) => t.toString()).join(','));
    expect(calls.sort()).toEqual(['T', 'T', 'int']);
  });
});
