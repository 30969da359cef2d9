// Panics: `panic(v)` prints "panic: " and the value, then a newline, and exits with status 2, as gc does (without
// the goroutine trace). The run-time errors use gc's messages, e.g.
// "panic: runtime error: index out of range [5] with length 3".

package runtime

// panicBegin prints the "panic: " prefix; the code generator then prints the value and calls panicEnd.
func panicBegin() {
	printstring("panic: ")
}

// panicEnd ends a panic message and exits with status 2.
func panicEnd() {
	printnl()
	exit(2)
}

// panicstring panics with a string value: panic("boom") prints "panic: boom".
func panicstring(s string) {
	panicBegin()
	printstring(s)
	panicEnd()
}

// runtimeError panics with "panic: runtime error: " and msg.
func runtimeError(msg string) {
	printstring("panic: runtime error: ")
	printstring(msg)
	panicEnd()
}

// panicIndex reports an index out of range: "index out of range [index] with length length".
func panicIndex(index int, length int) {
	printstring("panic: runtime error: index out of range [")
	print(index)
	printstring("] with length ")
	print(length)
	panicEnd()
}

// panicDivide reports an integer division by zero.
func panicDivide() {
	runtimeError("integer divide by zero")
}

// panicNil reports a nil pointer dereference.
func panicNil() {
	runtimeError("invalid memory address or nil pointer dereference")
}

// panicShift reports a shift by a negative amount.
func panicShift() {
	runtimeError("negative shift amount")
}
