// std: errors — chains built by fmt.Errorf with %w (and %v, which does not wrap), unwrapped with errors.Is, As and
// Unwrap, and printed with fmt.
package main

import (
	"errors"
	"fmt"
)

// ErrClosed is the sentinel at the bottom of the chains.
var ErrClosed = errors.New("closed")

// LimitError is a custom error with fields, found with errors.As.
type LimitError struct {
	Limit, Got int
}

func (e *LimitError) Error() string { return fmt.Sprintf("limit %d exceeded: %d", e.Limit, e.Got) }

// read fails in a way that depends on n.
func read(n int) error {
	switch {
	case n < 0:
		return fmt.Errorf("read %d: %w", n, ErrClosed)
	case n > 10:
		return fmt.Errorf("read: %w", &LimitError{10, n})
	}
	return nil
}

func main() {
	e1 := read(-1)
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrClosed), errors.Unwrap(e1) == ErrClosed)
	fmt.Printf("%T\n", e1)

	e2 := fmt.Errorf("request 7: %w", read(12))
	fmt.Println(e2)
	var le *LimitError
	fmt.Println(errors.As(e2, &le), le.Limit, le.Got)
	fmt.Println(errors.Is(e2, ErrClosed))

	e3 := fmt.Errorf("not wrapped: %v", ErrClosed)
	fmt.Println(e3, errors.Is(e3, ErrClosed), errors.Unwrap(e3) == nil)
	fmt.Printf("%T\n", e3)

	e4 := fmt.Errorf("layer 3: %w", fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", ErrClosed)))
	for e := e4; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%q\n", e.Error())
	}
	fmt.Println(errors.Is(e4, ErrClosed))

	// %w with a nil error, and verbs on errors.
	e5 := fmt.Errorf("nil: %w", nil)
	fmt.Println(e5, errors.Unwrap(e5) == nil)
	fmt.Printf("%v|%s|%q|%+v|%#v\n", ErrClosed, ErrClosed, ErrClosed, e1, le)
	fmt.Printf("%10v|%-10v|\n", ErrClosed, ErrClosed)
	fmt.Println(read(3) == nil)
	var nilErr error
	fmt.Printf("%v %d\n", nilErr, nilErr)
}
