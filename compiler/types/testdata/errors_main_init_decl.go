// gc 1.19 (go/types' declarePkgObj): at package level, init may only be a function, and so may main in package main;
// such a constant, variable or type is not declared, so a use of it is undefined. Local declarations are fine.

package main

var main /* ERROR "cannot declare main - must be func" */ = 1

const init /* ERROR "cannot declare init - must be func" */ = 2

type init /* ERROR "cannot declare init - must be func" */ int

var a, init /* ERROR "cannot declare init - must be func" */ = 3, 4

func f() {
	var main, init = 1, 2
	const c = 3
	type T int
	_, _, _ = main, init, T(c)
}

var x = main /* ERROR "undefined: main" */
