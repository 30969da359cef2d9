// Package p declares types with unexported fields and methods, selected from package main.
package p

type T struct {
	field int
	X     int
	E
}

type E struct {
	inner int
	Pub   int
}

func (T) m()   {}
func (*T) pm() {}
func (T) M()   {}
func (E) em()  {}

type I interface {
	m()
	M()
}

var V T

func New() *T { return nil }

// Own selects its own unexported names: all found.
func Own(t T, i I) int {
	t.m()
	i.m()
	_ = T.m
	_ = T{field: 1, E: E{inner: 2}}
	_ = T{1, 2, E{}}
	return t.field + t.inner
}
