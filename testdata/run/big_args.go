// Arrays and structs larger than 16 bytes passed by value (by reference to a copy in tsgo's calling convention:
// llc-14 miscompiles them as first-class arguments on AVR), to functions, methods through interfaces and deferred
// calls, and returned.
package main

type T [45]int

var x = 0

//go:noinline
func g() T {
	x++
	return T{20: x, 44: 7}
}

//go:noinline
func g2(t T) {
	println(t[20], t[44], t[0])
}

type S struct {
	a, b, c, d, e, f int32
	g            int8
}

//go:noinline
func s2(s S, k int16) { println(s.a, s.f, s.g, k) }

type Big struct {
	xs [10]int32
	n  int16
}

func (b Big) Sum() int32 {
	var s int32
	for _, x := range b.xs {
		s += x
	}
	b.xs[0] = 99 // the method's own copy
	return s + int32(b.n)
}

type Summer interface{ Sum() int32 }

func modify(t T) T {
	t[20] *= 2
	return t
}

func main() {
	b := g()
	g2(b)
	s2(S{1, 2, 3, 4, 5, 6, 7}, 9)
	big := Big{n: 5}
	for i := range big.xs {
		big.xs[i] = int32(i)
	}
	var s Summer = big
	println(s.Sum(), big.Sum(), big.xs[0])
	c := modify(b)
	println(b[20], c[20])
	defer g2(c)
	f := Big.Sum
	println(f(big))
}
