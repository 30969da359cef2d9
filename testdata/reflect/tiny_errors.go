// errors.As and errors.Is within an Arduino's budget: reflectlite's TypeOf, Elem, Implements, AssignableTo,
// Comparable, and Set through a pointer.
package main

import "errors"

type codeErr struct{ code int8 }

func (e *codeErr) Error() string { return "code" }

func main() {
	var err error = &codeErr{7}
	var ce *codeErr
	println(errors.As(err, &ce), ce.code, errors.Is(err, ce))
}
