package main

// A constraints-style package and generic containers: everything here must type-check, and tsgo's Info must agree
// with go/types'.

type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface {
	Signed | Float
}

type Ordered interface {
	Number | ~string
}

func Min[T Ordered](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Set[E comparable] map[E]struct{}

func (s Set[E]) Add(v E) { s[v] = struct{}{} }

func (s Set[E]) Has(v E) bool {
	_, ok := s[v]
	return ok
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "id" }

func Join[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

type MyInts []int

func main() {
	println(Min(3, 4), Min(2.5, 1.0), Min[int8](1, 2))
	evens := Filter([]int{1, 2, 3, 4}, func(i int) bool { return i%2 == 0 })
	total := Reduce(evens, 0.5, func(a float64, x int) float64 { return a + float64(x) })
	println(len(evens), total)
	println(len(Keys(map[string]int{"a": 1})), Index(MyInts{4, 5}, 5))
	var st Stack[string]
	st.Push("a")
	v, ok := st.Pop()
	println(v, ok)
	s := Set[int]{}
	s.Add(1)
	println(s.Has(1))
	p := MakePair("k", 1.5)
	println(p.Key, p.Val)
	println(Join([]ID{1, 2}))
}
