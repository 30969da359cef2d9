package main

type T struct{ n int }

func (t T) Get() int     { return t.n }
func (t *T) Inc(d int)   { t.n += d }
func (t T) Add(d int) int { return t.n + d }

type Getter interface{ Get() int }

func apply(f func(int) int, x int) int { return f(x) }

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func double(x int) int { return x * 2 }

type op struct {
	name string
	f    func(int, int) int
}

func fib(n int) int {
	var rec func(int) int
	rec = func(k int) int {
		if k < 2 {
			return k
		}
		return rec(k-1) + rec(k-2)
	}
	return rec(n)
}

func main() {
	x := 10
	add := func(d int) int { return x + d }
	x = 20
	println(add(1), apply(add, 2), apply(double, 3))
	c := counter()
	c()
	c()
	println(c(), counter()())
	println(compose(double, add)(5), compose(add, double)(5))

	// closures capturing several variables, nested closures
	a, b := 1, 2
	swap := func() { a, b = b, a }
	swap()
	println(a, b)
	outer := func() func() int {
		y := 100
		return func() int { return x + y + a }
	}
	println(outer()())

	// function values in structs, slices and maps; comparison with nil
	ops := []op{{"add", func(p, q int) int { return p + q }}, {"mul", func(p, q int) int { return p * q }}}
	for _, o := range ops {
		println(o.name, o.f(6, 7))
	}
	var nf func()
	println(nf == nil, add != nil)
	fs := [2]func(int) int{double, add}
	println(fs[0](4), fs[1](4))

	// recursion through a variable
	println(fib(15))

	// method values bind the receiver now; method expressions take it as an argument
	t := T{5}
	get := t.Get
	inc := t.Inc
	t.n = 50
	inc(1)
	println(get(), t.n)
	fget := T.Get
	finc := (*T).Inc
	fadd := T.Add
	finc(&t, 10)
	println(fget(t), fadd(t, 1), (*T).Get(&t))
	var g Getter = T{7}
	ig := g.Get
	g = T{8}
	println(ig(), Getter.Get(g))

	// loop variables: one variable per loop (Go 1.19)
	var fns []func() int
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i })
	}
	for _, f := range fns {
		print(f(), " ")
	}
	println()
	func() { println("immediately called") }()
	defer0 := func(msg string) string { return "<" + msg + ">" }
	println(defer0("x"))
}
