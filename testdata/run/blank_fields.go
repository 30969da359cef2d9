// A blank struct field stays zero whatever a positional composite literal gives it (its value is still evaluated),
// in a package variable's static data as in a local; and append past the largest length panics with gc's message.
package main

import "unsafe"

type T struct{ a, _, c int }

var x = T{1, 2, 3}

func f() int { println("f evaluated"); return 5 }

// blank reads t's blank field.
func blank(t *T) int { return *(*int)(unsafe.Add(unsafe.Pointer(t), unsafe.Sizeof(0))) }

type Z struct{}

func main() {
	y := T{1, f(), 3}
	println(blank(&x), blank(&y), x == T{1, 7, 3})
	defer func() { println(recover().(error).Error()) }()
	s := make([]Z, int(^uintptr(0)>>1))
	s = append(s, Z{})
}
