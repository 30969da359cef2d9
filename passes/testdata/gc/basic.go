package main

var global *int

type T struct {
	n int
	p *int
}

var gt T

func id(p *int) *int { return p }

func sink(p *int) { global = p }

func keepDeref(pp **int) { global = *pp }

func f1() {
	i := 3
	global = &i
}

func f2() {
	i := 3
	println(*id(&i))
}

func f3() {
	i := 3
	global = id(&i)
}

func f4(c bool) {
	a := 1
	b := 2
	p := &a
	if c {
		p = &b
	}
	println(*p, p == nil)
}

func f5(c bool) {
	a := 1
	b := 2
	p := &a
	if c {
		p = &b
	}
	global = p
}

func f6() {
	x := 1
	var t T
	t.p = &x
	println(*t.p)
}

func f7() {
	x := 1
	gt.p = &x
}

func f8() *int {
	x := 1
	return &x
}

func f9() {
	x := 1
	sink(&x)
}

func f10() {
	x := 1
	px := &x
	keepDeref(&px)
}

func f11() *T {
	p := new(int)
	*p = 4
	return &T{n: *p}
}

func f12() {
	t := &T{n: 1}
	println(t.n)
}

func main() {
	f1()
	f2()
	f3()
	f4(true)
	f5(true)
	f6()
	f7()
	println(*f8())
	f9()
	f10()
	println(f11().n)
	f12()
}
