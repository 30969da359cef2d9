package main

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}

type Number interface {
	~int | ~int64 | ~float64
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type List[T any] struct {
	head *node[T]
	n    int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v: v, next: l.head}
	l.n++
}

func (l *List[T]) Len() int { return l.n }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	println(Max(1, 2), Max("a", "b"), Max[float64](1, 2.5))
	println(Sum([]int{1, 2, 3}))
	s := Map([]int{1, 2}, func(i int) string { return "x" })
	_ = s
	var l List[int]
	l.Push(3)
	println(l.Len(), l.head.v)
	p := Pair[string, int]{"a", 1}
	println(p.Key, p.Val)
}
