// Run-time errors as values: in a program that calls recover, a run-time error panics with a runtime.Error value
// whose Error() is gc's message (what recover returns and what the panic prints); in a program without recover the
// value could never be seen, so the error's message is printed directly after the deferred calls have run, and none
// of this code is linked (recoverEnabled() is a compile-time constant).

package runtime

// Error is the interface of run-time errors, as gc's runtime.Error.
type Error interface {
	error
	// RuntimeError marks run-time errors apart from other errors.
	RuntimeError()
}

// errorString is a run-time error with a fixed message: "runtime error: " + the string.
type errorString string

// RuntimeError marks errorString as a run-time error.
func (e errorString) RuntimeError() {}

// Error returns the message with gc's "runtime error: " prefix.
func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// divideError and overflowError are the run-time errors math/bits panics with: its variables of the same names are
// these (`//go:linkname`). They are static data: a program that never uses them carries nothing.
var (
	divideError   = error(errorString("integer divide by zero"))
	overflowError = error(errorString("integer overflow"))
)

// plainError is a run-time error whose message has no prefix ("assignment to entry in nil map").
type plainError string

// RuntimeError marks plainError as a run-time error.
func (e plainError) RuntimeError() {}

// Error returns the message.
func (e plainError) Error() string {
	return string(e)
}

// boundsError is an index or slice bounds error (the codes are panicBounds').
type boundsError struct {
	x    int
	y    int
	code uint8
}

// RuntimeError marks boundsError as a run-time error.
func (e boundsError) RuntimeError() {}

// Error returns gc's message, e.g. "runtime error: index out of range [5] with length 3".
func (e boundsError) Error() string {
	neg := e.code&boundsSigned != 0 && e.x < 0
	code := e.code &^ boundsSigned
	x := itoa(e.x, !neg)
	y := itoa(e.y, false)
	s := "runtime error: "
	switch code {
	case boundsIndex:
		if neg {
			return s + "index out of range [" + x + "]"
		}
		return s + "index out of range [" + x + "] with length " + y
	case boundsConvert:
		return s + "cannot convert slice with length " + x + " to pointer to array with length " + y
	}
	s += "slice bounds out of range ["
	switch code {
	case boundsSliceAlen, boundsSliceAcap:
		s += ":" + x
	case boundsSlice3Alen, boundsSlice3Acap:
		s += "::" + x
	case boundsSliceB:
		if neg {
			return s + x + ":]"
		}
		return s + x + ":" + y + "]"
	case boundsSlice3B:
		if neg {
			return s + ":" + x + ":]"
		}
		return s + ":" + x + ":" + y + "]"
	case boundsSlice3C:
		if neg {
			return s + x + "::]"
		}
		return s + x + ":" + y + ":]"
	}
	if neg {
		return s + "]"
	}
	if code == boundsSliceAlen || code == boundsSlice3Alen {
		return s + "] with length " + y
	}
	return s + "] with capacity " + y
}

// TypeAssertionError is a failed type assertion, as gc's runtime.TypeAssertionError.
type TypeAssertionError struct {
	_interface    *_type
	concrete      *_type
	asserted      *_type
	missingMethod string
}

// RuntimeError marks TypeAssertionError as a run-time error.
func (*TypeAssertionError) RuntimeError() {}

// Error returns gc's message: "interface conversion: interface {} is string, not int" and its variants.
func (e *TypeAssertionError) Error() string {
	if e.missingMethod != "" {
		return "interface conversion: " + e.concrete.str + " is not " + e.asserted.str + ": missing method " + e.missingMethod
	}
	if e.concrete == nil {
		if e._interface == nil {
			return "interface conversion: interface is nil, not " + e.asserted.str
		}
		return "interface conversion: " + e._interface.str + " is nil, not " + e.asserted.str
	}
	return "interface conversion: " + e._interface.str + " is " + e.concrete.str + ", not " + e.asserted.str
}

// itoa formats n in decimal (as an unsigned number when unsigned is set).
func itoa(n int, unsigned bool) string {
	var buf [20]byte
	i := len(buf)
	u := uint(n)
	neg := !unsigned && n < 0
	if neg {
		u = uint(-n)
	}
	for {
		i--
		buf[i] = byte(u%10) + '0'
		u /= 10
		if u == 0 {
			break
		}
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
