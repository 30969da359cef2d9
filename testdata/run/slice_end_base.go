// An empty slice or substring taken at the end keeps its base pointer, as with gc: never a pointer past the end of
// the array (which the conservative collector would take for a pointer into the next object).
package main

import "unsafe"

var hello = "hello"
var bytes = []byte("hello")

func base(p unsafe.Pointer) uintptr { return *(*uintptr)(p) }

func main() {
	five := len(hello)
	s := hello[five:]
	b := bytes[five:]
	c := bytes[2:2]
	println(base(unsafe.Pointer(&s)) == base(unsafe.Pointer(&hello)), len(s))
	println(base(unsafe.Pointer(&b)) == base(unsafe.Pointer(&bytes)), len(b), cap(b))
	println(base(unsafe.Pointer(&c))-base(unsafe.Pointer(&bytes)), len(c), cap(c))
}
