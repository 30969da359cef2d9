package main

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~float32 | ~float64 | ~string
}

func Sort[T Ordered](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable]() Set[T] { return make(Set[T]) }

type Getter[T any] interface{ Get() T }

type box[T any] struct{ v T }

func (b *box[T]) Get() T { return b.v }

func GetAll[T any](gs ...Getter[T]) []T {
	var out []T
	for _, g := range gs {
		out = append(out, g.Get())
	}
	return out
}

type Stack[T any] struct{ items []T }

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

type Named struct {
	Stack[string]
	name string
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

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Counter[T comparable](xs []T) func(T) int {
	counts := map[T]int{}
	for _, x := range xs {
		counts[x]++
	}
	return func(x T) int { return counts[x] }
}

func Fib[T ~int | ~int64](n T) T {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}

type Celsius int32

type Num interface{ ~int32 | ~float64 }

func Scale[T Num](x T, k T) T { return x * k }

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Ptr[T any](v T) *T { return &v }

type Tree[T Ordered] struct {
	left, right *Tree[T]
	val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{val: v}
	}
	if v < t.val {
		t.left = t.left.Insert(v)
	} else {
		t.right = t.right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.left.Walk(f)
	f(t.val)
	t.right.Walk(f)
}

func Len[S ~[]E, E any](s S) int { return len(s) }

func First[S ~[]E, E any](s S) E { return s[0] }

func Concat[S ~string](a, b S) S { return a + b }

func Zero[T any]() T {
	var z T
	return z
}

func Equal[T comparable](a, b T) bool { return a == b }

func main() {
	ints := []int{5, 2, 8, 1}
	Sort(ints)
	println(ints[0], ints[1], ints[2], ints[3])
	strs := []string{"pear", "apple", "fig"}
	Sort(strs)
	println(strs[0], strs[1], strs[2])
	s := NewSet[string]()
	s.Add("a")
	println(s.Has("a"), s.Has("b"), len(s))
	vs := GetAll[int](&box[int]{1}, &box[int]{2})
	println(len(vs), vs[0], vs[1])
	var st Stack[int]
	st.Push(1)
	st.Push(2)
	v, ok := st.Pop()
	println(v, ok, len(st.items))
	n := Named{name: "n"}
	n.Push("hello")
	top, _ := n.Pop()
	println(top)
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 })
	println(len(evens), evens[2])
	sum := Reduce([]int{1, 2, 3}, "", func(a string, x int) string { return a + string(rune('0'+x)) })
	println(sum)
	c := Counter([]string{"a", "b", "a"})
	println(c("a"), c("b"), c("z"))
	println(Fib(10), Fib(int64(12)))
	println(Scale(Celsius(3), 4), Scale(1.5, 2.0))
	ks := Keys(map[int]bool{7: true})
	println(len(ks), ks[0])
	p := Ptr(42)
	*p++
	println(*p)
	var t *Tree[int]
	for _, x := range []int{5, 3, 8, 1} {
		t = t.Insert(x)
	}
	t.Walk(func(x int) { print(x, " ") })
	println()
	type IDs []uint16
	println(Len(IDs{1, 2, 3}), First(IDs{9, 8}))
	type path string
	println(Concat(path("a/"), path("b")))
	println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil)
	println(Equal(1, 1), Equal("a", "b"))
	push := st.Push
	push(7)
	pop := (*Stack[int]).Pop
	v, ok = pop(&st)
	println(v, ok)
}
