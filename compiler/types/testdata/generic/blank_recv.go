// Methods of generic types whose receivers name a type parameter `_` (gc and go/types accept them: the parameter
// exists but cannot be referred to), mixed with named ones, through pointer and value receivers and several
// type parameters.

package main

type List[T any] struct {
	head *node[T]
	n    int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[_]) Len() int { return l.n }

func (l *List[_]) Empty() bool { return l.head == nil }

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v: v, next: l.head}
	l.n++
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[K, _]) Key() K { return p.k }

func (p Pair[_, V]) Val() V { return p.v }

func (Pair[_, _]) Kind() string { return "pair" }

func main() {
	var l List[string]
	l.Push("a")
	l.Push("b")
	p := Pair[string, int]{"x", 1}
	println(l.Len(), l.Empty(), p.Key(), p.Val(), p.Kind())
}
