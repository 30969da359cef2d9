// A program whose one index can fail: with indexrecover.go (the same program with a deferred recover) it measures
// what enabling recover costs in a program that can panic (the run-time errors become runtime.Error values that a
// recovered panic returns, and panics print through them). The index comes from an I/O register, so that the
// compiler cannot prove it in range.
package main

import "unsafe"

var names = []string{"zero", "one", "two"}

func main() {
	i := *(*uint8)(unsafe.Pointer(uintptr(0x25))) // PORTB on AVR: 0 after reset
	println(names[i])
}
