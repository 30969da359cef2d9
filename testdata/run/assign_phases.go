// A tuple assignment evaluates the index and pointer operands on the left first, then assigns left to right: a store
// that panics (an index out of range, a nil pointer) comes after the ones before it (issue 23017).
package main

func try(name string, f func()) {
	defer func() { println(name, "panicked:", recover() != nil) }()
	f()
}

var g [4]int

func main() {
	s := []int{}
	try("index", func() { g[1], s[1] = 10, 20 })
	var p *struct{ i int }
	try("nil field", func() { g[2], p.i = 30, 40 })
	var q *int
	try("nil pointer", func() { g[3], *q = 50, 60 })
	println(g[1], g[2], g[3])

	a := []int{1, 2, 3}
	i, j := 0, 2
	a[i], a[j] = a[j], a[i]
	i, a[i] = 1, 9 // a[0]: the index is evaluated before i changes
	println(i, a[0], a[1], a[2])
	type T struct{ x, y int }
	t := &T{1, 2}
	t.x, t.y = t.y, t.x
	println(t.x, t.y)
}
