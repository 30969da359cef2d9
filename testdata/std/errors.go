// std: errors — New, Is, As and Unwrap through chains of the program's own wrapper types, printed with println so
// that the program has a chance to fit arduino (errors_fmt.go does the same through fmt.Errorf's %w).
package main

import "errors"

// ErrNotFound is a sentinel compared by identity.
var ErrNotFound = errors.New("not found")

// ErrOther is another sentinel, never in the chains below.
var ErrOther = errors.New("not found")

// PathError carries an operation and a path around the error it wraps.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

// CodeError is a value-receiver error type found by errors.As into a CodeError variable.
type CodeError struct{ Code int }

func (e CodeError) Error() string { return "code " + itoa(e.Code) }

// Temporary reports whether the code is below 500.
func (e CodeError) Temporary() bool { return e.Code < 500 }

// wrapper wraps with a message prefix, like fmt.Errorf("%s: %w").
type wrapper struct {
	msg string
	err error
}

func (w wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapper) Unwrap() error { return w.err }

// matchAll is an error whose Is method matches every target that is a CodeError with code 418.
type matchAll struct{}

func (matchAll) Error() string { return "teapot" }
func (matchAll) Is(target error) bool {
	c, ok := target.(CodeError)
	return ok && c.Code == 418
}

// itoa formats a small non-negative integer without strconv.
func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [12]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

func main() {
	println(ErrNotFound.Error(), ErrNotFound == ErrOther, ErrNotFound.Error() == ErrOther.Error())

	var err error = &PathError{"open", "/tmp/x", ErrNotFound}
	println(err.Error())
	println("Is NotFound:", errors.Is(err, ErrNotFound), "Is Other:", errors.Is(err, ErrOther))
	println("Unwrap:", errors.Unwrap(err) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil)

	chain := wrapper{"outer", wrapper{"middle", &PathError{"read", "f", CodeError{404}}}}
	println(chain.Error())
	var pe *PathError
	if errors.As(chain, &pe) {
		println("As *PathError:", pe.Op, pe.Path)
	}
	var ce CodeError
	if errors.As(chain, &ce) {
		println("As CodeError:", ce.Code)
	}
	var tmp interface{ Temporary() bool }
	if errors.As(chain, &tmp) {
		println("As interface:", tmp.Temporary())
	}
	println("As into missing type:", errors.As(ErrNotFound, &pe))
	println("Is on chain:", errors.Is(chain, CodeError{404}), errors.Is(chain, CodeError{500}))

	println("Is method:", errors.Is(wrapper{"w", matchAll{}}, CodeError{418}), errors.Is(matchAll{}, CodeError{1}))
	println("nil:", errors.Is(nil, ErrNotFound), errors.Is(nil, nil), errors.Unwrap(nil) == nil)

	// Walking the chain by hand.
	n := 0
	for e := error(chain); e != nil; e = errors.Unwrap(e) {
		n++
		println(" ", n, e.Error())
	}

	defer func() {
		r := recover()
		println("recovered:", r.(string))
	}()
	errors.As(err, nil)
}
