// An embedded field whose type is a syntax error: the parser reports it and leaves a BadExpr, which the checker does
// not report again (it used to print `invalid embedded field type *BadExpr`).

package main

type S struct {
	* /* ERROR "syntax error: cannot parenthesize embedded type" */ (* /* ERROR "syntax error: unexpected \*" */ S)
}

func main() {}
