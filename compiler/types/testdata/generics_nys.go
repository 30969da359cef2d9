package main

// Generic code is not supported yet: it is reported once where it is declared, without follow-on errors.

type Box[ /* ERROR "not yet supported: generic types" */ T any] struct {
	v T
}

func (b *Box[T]) Get() T { return b.v }

func Map[ /* ERROR "not yet supported: generic functions" */ T any, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	var b Box[int]
	_ = b.Get()
}
