package main

// Allocation-report expectations for generic code: each instance is analysed on its own, with its concrete types
// (boxing a small type argument allocates nothing, a large one does only where it escapes), and generic callbacks
// and containers stay on the stack as non-generic ones do.

var sink any

func Keep[T any](v T) {
	sink = v // OUT: object allocated on the heap: escapes at line 10
}

func Inspect[T any](v T) bool {
	_, ok := any(v).(int)
	return ok
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs)) // OUT: object allocated on the heap: escapes at line 23
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Sum[T ~int | ~float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Stack[T any] struct {
	items [8]T
	n     int
}

func (s *Stack[T]) Push(v T) {
	s.items[s.n] = v
	s.n++
}

func main() {
	Keep(1)
	Keep([4]int{1, 2, 3, 4})
	println(Inspect([8]int{}))
	k := 2
	ys := Map([]int{1, 2}, func(x int) int { return x * k })
	println(len(ys), Sum(1, 2, 3))
	var s Stack[string]
	s.Push("a")
	println(s.n)
}
