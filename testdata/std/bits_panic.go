// std: math/bits — the panics of Div32 and Div64: a zero divisor and a quotient that overflows, which math/bits
// raises with the runtime's own error values (runtime.divideError and runtime.overflowError, reached through
// //go:linkname on variables), recovered and printed with println.
package main

import "math/bits"

// try calls f and prints what it panicked with.
func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		if ok {
			println(name, "panicked:", err.Error())
		} else {
			println(name, "panicked with a non-error:", r != nil)
		}
	}()
	f()
	println(name, "did not panic")
}

func main() {
	zero := uint64(0)
	try("Div64 by zero", func() { bits.Div64(1, 2, zero) })
	try("Div64 overflow", func() { bits.Div64(5, 0, 5) })
	try("Div32 by zero", func() { bits.Div32(0, 1, uint32(zero)) })
	try("Div32 overflow", func() { bits.Div32(7, 0, 3) })
	try("Rem64 by zero", func() { bits.Rem64(1, 2, zero) })
	q, r := bits.Div64(0, 10, 3)
	println(q, r, bits.Rem64(5, 0, 5))
}
