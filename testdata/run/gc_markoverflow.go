// The garbage collector's mark stack (16 entries on AVR, 32 on Cortex-M) overflows on an object holding 40 pointers:
// the objects it could not push must still be marked (by rescanning the heap) and survive, which the churn after
// the collection would reveal by reusing their blocks.
package main

import "runtime"

type leaf struct {
	v   int
	kid *leaf
}

var roots []*leaf

//go:noinline
func build() {
	roots = make([]*leaf, 40)
	for i := range roots {
		roots[i] = &leaf{v: i, kid: &leaf{v: 1000 + i}}
	}
}

func sum() int {
	s := 0
	for _, l := range roots {
		s += l.v + l.kid.v
	}
	return s
}

func main() {
	build()
	before := sum()
	runtime.GC()
	junk := 0
	for i := 0; i < 200; i++ {
		b := make([]int, 3+i%4)
		b[0] = 99999
		junk += len(b)
	}
	println(before, sum(), junk)
}
