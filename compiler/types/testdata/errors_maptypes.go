package main

// Map key types are checked once every type is resolved: defined types and type parameters included.

type K struct{ s []int }

type Self struct{ m map[Self /* ERROR "invalid map key type Self" */ ]int } // a struct holding a map is not comparable

type Ok struct{ a, b int }

var m1 map[[ /* ERROR "invalid map key type \[\]int" */ ]int]int
var m2 map[K /* ERROR "invalid map key type K" */ ]int
var m3 map[Ok]int
var m4 map[*K]int

func f[T any, C comparable]() {
	var _ map[T /* ERROR "invalid map key type T \(missing comparable constraint\)" */ ]int
	var _ map[C]int
}

type I interface {
	m()
	m /* ERROR "duplicate method m\n\t.*errors_maptypes.go:22:2: other declaration of m" */ ()
}
