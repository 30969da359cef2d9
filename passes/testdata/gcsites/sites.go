package main

// Every kind of allocation site, escaping and not, for the comparison with gc's escape analysis
// (allocs.test.ts, "never on the heap where gc keeps it local").

type T struct{ a, b, c, d int }

type I interface{ M() int }

func (t T) M() int  { return t.a }
func (t *T) P() int { return t.b }

var (
	sinkI   I
	sinkA   any
	sinkF   func() int
	sinkS   []int
	sinkB   []byte
	sinkStr string
	sinkM   map[int]int
	sinkP   *T
)

func inspect(x any) bool { _, ok := x.(int); return ok }

func variadic(xs ...int) int { return len(xs) }

func keepVariadic(xs ...int) { sinkS = xs }

func call(f func() int) int { return f() }

func boxes(t T, n int) {
	sinkI = t
	_ = inspect(t)
	sinkA = n
	_ = inspect(n)
}

func closures(n int) {
	k := n
	sinkF = func() int { return k }
	m := n
	_ = call(func() int { return m })
	c := 0
	sinkF = func() int { c++; return c }
	d := 0
	_ = call(func() int { d++; return d })
}

func methodValues(t T, p *T) {
	f := t.M
	_ = f()
	sinkF = t.M
	g := p.P
	_ = g()
}

func slices(n int) {
	a := make([]int, 10)
	a[0] = 1
	b := make([]int, n)
	b[0] = 1
	c := make([]int, 10)
	sinkS = c
	var d []int
	d = append(d, 1)
	_ = d
	var e []int
	e = append(e, n)
	sinkS = e
	_ = variadic(1, 2, 3)
	keepVariadic(1, 2, 3)
}

func strings(s string, b []byte) {
	x := []byte(s)
	x[0] = 'a'
	w := []byte("lit")
	w[0] = 'L'
	sinkB = []byte(s)
	y := s + "x"
	_ = len(y)
	sinkStr = s + "y"
	z := string(b)
	sinkStr = z
	if string(b) == s {
		sinkStr = "eq"
	}
}

func maps(n int) {
	m := make(map[int]int)
	m[1] = n
	sinkM = make(map[int]int)
	l := map[int]int{1: 2}
	_ = l[n]
}

func pointers() int {
	p := &T{a: 1}
	q := new(T)
	sinkP = &T{b: 2}
	return p.a + q.b
}

func main() {
	t := T{1, 2, 3, 4}
	boxes(t, 1)
	closures(1)
	methodValues(t, &t)
	slices(3)
	strings("abc", []byte("x"))
	maps(2)
	println(pointers())
}
