// Package p is imported by the case's main package.
package p

const Exported = 1
const unexported = 2

type T struct {
	Field int
	field int
}

type t int
