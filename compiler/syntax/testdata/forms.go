//go:build ignore

// Package forms exercises every syntactic form once; its dump is the golden file forms.dump.
package main

import (
	"fmt"
	m "math"
)

const (
	A = iota
	B
	C, D = 1 << iota, "d"
)

type (
	Num         interface{ ~int | ~int64 }
	List[T any] struct {
		next *List[T]
		val  T `json:"val"`
	}
	Pair[K comparable, V Num] struct {
		k K
		v V
	}
	Alias = []map[string]chan<- int
	Arr   [4]int
	Fn    func(int, ...string) (bool, error)
)

var x, y = 1, 2.5i

//go:noinline
func Map[T, U any](xs []T, f func(T) U) (out []U) {
	for _, v := range xs {
		out = append(out, f(v))
	}
	return
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, val: v} }

func main() {
	var ch = make(chan int, 1)
	s := []int{1, 2, 3}[1:2:3]
	p := Pair[string, int]{k: "a", v: 1}
	_ = p
	ch <- len(s)
	if v, ok := <-ch; ok && v > 0 {
		fmt.Println(v, m.Pi, 'x', "y", `z`, 0x1p-2)
	} else if x == (Arr{}[0]) {
	} else {
	}
	for i := 0; i < 3; i++ {
		switch {
		case i == 0:
			continue
		case i > 1:
			fallthrough
		default:
			break
		}
	}
	var i interface{} = x
	switch t := i.(type) {
	case int, *string:
		_ = t
	case nil:
	}
	select {
	case v := <-ch:
		_ = v
	default:
	}
	defer func() { recover() }()
	go func(a ...int) {}(s...)
	i2 := 0
	i2++
	i2 <<= 1
	goto end
end:
	_ = Map[int, string](s, func(n int) string { return fmt.Sprint(-n, ^n, !true, &n) })
	_ = struct{ a, b int }{1, 2}
	_ = [...]string{2: "c"}
	_ = (*List[int]).Push
}
