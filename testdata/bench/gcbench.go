// The garbage collector benchmark (run by scripts/bench.ts with -gc=conservative and -gc=leaking on AVR): the cycles
// of 100 small allocations (mark 1 to 2), then, with the heap filled with a list of small objects, of a collection
// while the list is live (3 to 4) and of one after the program dropped it (5 to 6). It prints the list's length and
// the objects left after the second collection: a stale word on the stack that points into the list keeps the
// rest of the list alive, conservatively.
package main

import (
	"runtime"
	"unsafe"
)

type node struct {
	next *node
	v    int16
}

var list *node

// mark writes v to GPIOR0 on AVR, where the bench runner records the cycle count at each write (see sieve.go). It
// stays out of line, or LLVM drops the store before runtime.GC() as overwritten by the one after it.
//
//go:noinline
func mark(v uint8) {
	if unsafe.Sizeof(uintptr(0)) == 2 {
		*(*uint8)(unsafe.Pointer(uintptr(0x3e))) = v
	}
}

// idle returns the bytes of heap no object holds.
func idle() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapIdle
}

// objects returns the number of objects not freed.
func objects() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapObjects
}

// allocate adds 100 small objects to the list, between marks 1 and 2.
//
//go:noinline
func allocate() {
	mark(1)
	for i := 0; i < 100; i++ {
		list = &node{next: list, v: int16(i)}
	}
	mark(2)
}

// fill adds objects to the list until less than 64 bytes of heap are free, and returns how many the list holds. It
// is a function of its own so that no register or stack word of main's keeps pointing into the list afterwards.
//
//go:noinline
func fill() int {
	n := 100
	for idle() >= 64 {
		list = &node{next: list, v: int16(n)}
		n++
	}
	return n
}

func main() {
	allocate()
	n := fill()
	mark(3)
	runtime.GC()
	mark(4)
	list = nil
	mark(5)
	runtime.GC()
	mark(6)
	println(n, objects())
}
