// std: errors — the part of the package a small program uses, sized for arduino: New, Is and Unwrap on a short
// chain of the program's own wrapper type, with few string literals (on AVR they live in RAM). errors.As, which
// brings internal/reflectlite and its messages (1.3 KB of RAM on AVR), is errors.go's.
package main

import "errors"

// errEOF is a sentinel.
var errEOF = errors.New("eof")

// wrapped wraps an error with a code.
type wrapped struct {
	code int
	err  error
}

func (w *wrapped) Error() string { return "wrapped: " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

func main() {
	var err error = &wrapped{7, errEOF}
	println(err.Error(), errors.Is(err, errEOF), errors.Unwrap(err) == errEOF)
	if w, ok := err.(*wrapped); ok {
		println(w.code)
	}
	outer := &wrapped{8, err}
	println(errors.Is(outer, errEOF), errors.Is(outer, errors.New("eof")), errors.Unwrap(errors.Unwrap(outer)) == errEOF)
}
