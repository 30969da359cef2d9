// Package edge holds rare syntactic corners, compared with go/parser by differential.test.ts.
package edge

import (
	. "fmt"
	_ "unsafe"
)

type (
	C   interface{ ~int | ~string }
	A1[P *C,]        struct{}
	A2[P *[]int]     struct{}
	A3[P (C)]        struct{}
	A4[P *C | ~int]  struct{}
	A5[P interface{}] []P
	A6               [N * 2]int
	A7               [N]int
	A8[_ any]        int
	Ch1              <-chan <-chan int
	Ch2              chan<- chan int
	Ch3              chan (<-chan int)
	Ch4              chan<- <-chan int
	Ch5              <-chan chan<- int
	G[K comparable, V any] struct {
		*G[K, V]
		m    map[K]V
		a, b [2]V
		f    func(...K) (r V, ok bool)
	}
	E struct {
		C
		*A7
		fmt1 Stringer "tag"
	}
	I interface {
		M(x int) (y int)
		N()
		Stringer
		~[]byte | string
	}
)

const N = 2

var (
	x, y int = 1, 2
	z        = []any{nil, (*int)(nil), func() {}, struct{}{}, [...]int{1: 1}, map[string]int{}}
)

func f[T any, PT interface{ *T }](v T) (PT, error) { return &v, nil }

func (g *G[K, V]) Get(k K) (v V) { return g.m[k] }

func (G[_, _]) Nop() {}

func stmts(ch chan int, i any) (err error) {
	var a [3]int
	_ = make(<-chan <-chan int)
	_ = (<-chan chan<- int)(nil)
	_ = make(<-chan <-chan <-chan int, 1)
	_ = a[:]
	_ = a[1:]
	_ = a[:2]
	_ = a[0:1:2]
	_ = (*G[int, string]).Get
	_ = G[int, string].Nop
	_ = f[int]
	_, _ = f[int, *int](1)
	v, ok := <-ch
	_, _ = v, ok
	ch <- <-ch
	x, y = y, x
	x <<= 2
	x &^= 1
	select {
	case v = <-ch:
	case v, ok = <-ch:
	case ch <- 1:
	case <-ch:
	}
	switch x := i.(type) {
	case interface{ M() }, func(int) int, chan<- int, <-chan int, map[string]int, [2]int, []int, *int:
		_ = x
	}
	switch {
	}
	switch x := 1; {
	case x > 0:
	}
	for i := range ch {
		_ = i
	}
	for range [3]int{} {
	}
	if x == (E{}.C) {
	}
	if y := (struct{ a int }{}); y.a == 0 {
	}
outer:
	for {
		for {
			continue outer
		}
	}
	goto end
end:
	;
	{
	}
	func() {}()
	defer func(a ...int) {}(1, 2)
	go func() {}()
	return
}
