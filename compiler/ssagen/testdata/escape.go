package main

var global *int

type T struct{ v int }

func (t *T) Inc() { t.v++ }

func foo() {
	i := 3
	global = &i
}

func foo2() {
	i := 3
	bar(&i)
}

func bar(i *int) { println(*i) }

func allocs() *T {
	p := new(int)
	*p = 1
	t := &T{v: *p}
	var u T
	u.Inc()
	var s struct{ a [2]int }
	q := &s.a[1]
	*q = 2
	return t
}

func main() { foo(); foo2(); allocs() }
