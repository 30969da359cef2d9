package main

// Allocation-report expectations for closures, method values and variadic calls (issue 9's allocation bullets):
// callbacks passed to a function that only calls them, captured variables that only a non-escaping closure sees,
// bound receivers and implicit variadic slices stay on the stack; the escaping ones are reported.

func find(n int, cmp func(int) int) int {
	for i := 0; i < n; i++ {
		if cmp(i) == 0 {
			return i
		}
	}
	return n
}

func use() int {
	target := 5
	k := 3
	return find(10, func(i int) int { return i - target + k - 3 })
}

var gf func() int

// leak's x is never assigned again: the closure holds a copy, which fits in its context word (gc allocates the
// closure here). leak2's closure holds two copies in a context object. leak3's x is assigned after the closure
// captures it, so the closure shares it: x moves to the heap.
func leak() {
	x := 1
	gf = func() int { return x }
}

func leak2() {
	x := 1
	y := 2
	gf = func() int { return x + y } // OUT: object allocated on the heap: escapes at line 35
}

func leak3() {
	x := 1 // OUT: object allocated on the heap: escapes at line 40
	gf = func() int { return x }
	x++
}

type T struct{ a, b int }

func (t T) Sum() int { return t.a + t.b }

func methodValue(t T) int {
	f := t.Sum
	return f()
}

var gm func() int

func methodValueLeak(t T) {
	gm = t.Sum // OUT: object allocated on the heap: escapes at line 56
}

func variadic(xs ...int) int { return len(xs) }

var gs []int

func keep(xs ...int) { gs = xs }

func main() {
	println(use())
	leak()
	leak2()
	leak3()
	println(gf(), methodValue(T{1, 2}), variadic(1, 2, 3))
	methodValueLeak(T{3, 4})
	keep(1, 2) // OUT: object allocated on the heap: escapes at line 72
	println(gm(), len(gs))
}
