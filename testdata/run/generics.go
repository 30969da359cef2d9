package main

type Number interface {
	~int | ~int32 | ~float64
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
	l.head = &node[T]{v, l.head}
	l.n++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

type Stringer interface{ String() string }

type myInt int

func (m myInt) String() string { return "myInt" }

func Join[T Stringer](xs []T) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += ","
		}
		s += x.String()
	}
	return s
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[K, V]) Key() K { return p.k }

func Max[T ~int | ~float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Describe[T any](x T) string {
	switch any(x).(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return "other"
}

type Keyer interface{ Key() string }

func main() {
	println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}))
	strs := Map([]int{1, 2, 3}, func(i int) string { return string(rune('a' + i)) })
	println(len(strs), strs[0], strs[2])
	var l List[string]
	l.Push("x")
	l.Push("y")
	l.Each(func(s string) { print(s, " ") })
	println(l.n)
	println(Join([]myInt{1, 2}))
	p := Pair[string, int]{"k", 1}
	println(p.Key())
	var k Keyer = p
	println(k.Key())
	println(Max(3, 7), Max(2.5, 1.5))
	println(Describe(1), Describe("s"), Describe(1.5))
	f := Max[int]
	println(f(10, 4))
	var li List[int]
	li.Push(4)
	total := 0
	li.Each(func(v int) { total += v })
	println(total)
}
