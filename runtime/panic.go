// Panics: `panic(v)` runs the deferred calls, prints "panic: " and the value, then a newline, and exits with status
// 2, as gc does (without the goroutine trace); see defer.go for recover. The run-time errors use gc's messages, e.g.
// "panic: runtime error: index out of range [5] with length 3": in a program with recover they panic with
// runtime.Error values (error.go), otherwise their message is printed directly once the deferred calls have run.

package runtime

// panicBegin runs the pending deferred calls and prints the "panic: " prefix; the code generator then prints the
// value (of a basic type, in a program without recover) and calls panicEnd.
func panicBegin() {
	rundefersAll()
	printstring("panic: ")
}

// panicEnd ends a panic message and exits with status 2.
func panicEnd() {
	printnl()
	exit(2)
}

// panicstring panics with a string value: panic("boom") prints "panic: boom".
func panicstring(s string) {
	if recoverEnabled() {
		gopanic(s)
	}
	panicBegin()
	printstring(s)
	panicEnd()
}

// runtimeError panics with the run-time error "runtime error: " + msg.
func runtimeError(msg string) {
	if recoverEnabled() {
		gopanic(errorString(msg))
	}
	rundefersAll()
	printstring("panic: runtime error: ")
	printstring(msg)
	panicEnd()
}

// plainPanic panics with a run-time error whose message has no prefix (gc's plainError).
func plainPanic(msg string) {
	if recoverEnabled() {
		gopanic(plainError(msg))
	}
	rundefersAll()
	printstring("panic: ")
	printstring(msg)
	panicEnd()
}

// fatal ends the program on an unrecoverable error, as gc's fatal errors: "fatal error: " + msg, exit status 2, no
// deferred calls.
func fatal(msg string) {
	printstring("fatal error: ")
	printstring(msg)
	printnl()
	exit(2)
}

// Bounds-error codes, as gc's boundsError codes; boundsSigned is or-ed in when x has a signed type, so that a negative
// x is printed in gc's short form ("index out of range [-1]").
const (
	boundsIndex      = 0 // s[x]: x < 0 || x >= y (len)
	boundsSliceAlen  = 1 // s[:x]: x > y (len, for strings and arrays)
	boundsSliceAcap  = 2 // s[:x]: x > y (cap)
	boundsSliceB     = 3 // s[x:y]: x > y
	boundsSlice3Alen = 4 // s[::x]: x > y (len, for arrays)
	boundsSlice3Acap = 5 // s[::x]: x > y (cap)
	boundsSlice3B    = 6 // s[:x:y]: x > y
	boundsSlice3C    = 7 // s[x:y:]: x > y
	boundsConvert    = 8 // (*[y]T)(s): len(s) == x < y
	boundsSigned     = 0x10
)

// panicBounds reports an index or slice bounds error with gc's message, e.g.
// "index out of range [5] with length 3" or "slice bounds out of range [:6] with capacity 5".
func panicBounds(code uint8, x int, y int) {
	if recoverEnabled() {
		gopanic(boundsError{x: x, y: y, code: code})
	}
	rundefersAll()
	neg := code&boundsSigned != 0 && x < 0
	code &^= boundsSigned
	printstring("panic: runtime error: ")
	switch code {
	case boundsIndex:
		printstring("index out of range [")
	case boundsConvert:
		printstring("cannot convert slice with length ")
	default:
		printstring("slice bounds out of range [")
		switch code {
		case boundsSliceAlen, boundsSliceAcap, boundsSlice3B:
			printstring(":")
		case boundsSlice3Alen, boundsSlice3Acap:
			printstring("::")
		}
	}
	if neg {
		print(x)
	} else {
		print(uint(x))
	}
	switch code {
	case boundsIndex, boundsSliceAlen, boundsSliceAcap, boundsSlice3Alen, boundsSlice3Acap:
		if neg {
			printstring("]")
		} else if code == boundsIndex || code == boundsSliceAlen || code == boundsSlice3Alen {
			printstring("] with length ")
			print(y)
		} else {
			printstring("] with capacity ")
			print(y)
		}
	case boundsSliceB, boundsSlice3B, boundsSlice3C:
		printstring(":")
		if !neg {
			print(y)
		}
		if code == boundsSlice3C {
			printstring(":]")
		} else {
			printstring("]")
		}
	case boundsConvert:
		printstring(" to pointer to array with length ")
		print(y)
	}
	panicEnd()
}

// The run-time errors with fixed messages panic with a constant errorString, whose interface value the compiler
// keeps in static data: recovering from them allocates nothing, even in a loop.
const (
	divideMsg = "integer divide by zero"
	nilMsg    = "invalid memory address or nil pointer dereference"
	shiftMsg  = "negative shift amount"
)

// panicDivide reports an integer division by zero.
func panicDivide() {
	if recoverEnabled() {
		gopanic(errorString(divideMsg))
	}
	runtimeError(divideMsg)
}

// panicNil reports a nil pointer dereference.
func panicNil() {
	if recoverEnabled() {
		gopanic(errorString(nilMsg))
	}
	runtimeError(nilMsg)
}

// panicShift reports a shift by a negative amount.
func panicShift() {
	if recoverEnabled() {
		gopanic(errorString(shiftMsg))
	}
	runtimeError(shiftMsg)
}

// deadlock ends the program when no goroutine can run, with gc's message and exit status.
func deadlock() {
	fatal("all goroutines are asleep - deadlock!")
}
