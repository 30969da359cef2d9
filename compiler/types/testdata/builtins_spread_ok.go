// Builtins take a single multi-value call's results as their arguments, whatever the callee: a function, a method,
// a method value, a function variable or a call through a parenthesized callee (gc 1.19 accepts all of this).

package main

import "unsafe"

type pair struct{ a, b []int }

func (p *pair) two() ([]int, []int) { return p.a, p.b }

func (p *pair) grow() ([]int, int, int) { return p.a, 4, 5 }

func (p pair) kv() (map[string]int, string) { return map[string]int{"x": 1}, "x" }

func two() ([]byte, string) { return make([]byte, 4), "abcd" }

func floats() (float64, float64) { return 1, 2 }

func ptrLen() (*byte, int) { var b [4]byte; return &b[0], 4 }

func ptrOff() (unsafe.Pointer, uintptr) { var b [4]byte; return unsafe.Pointer(&b[0]), 1 }

func main() {
	p := &pair{make([]int, 3), []int{1, 2, 3}}
	f := func() ([]int, int, int) { return nil, 1, 2 }
	g := p.two
	var h func() ([]byte, string) = two
	n := copy(p.two())
	n += copy(g())
	n += copy(h())
	n += copy((two)())
	s := append(f())
	s = append(p.grow())
	delete(pair{}.kv())
	c := complex(floats())
	u := unsafe.Slice(ptrLen())
	q := unsafe.Add(ptrOff())
	println(n, len(s), real(c), len(u), q != nil)
}
