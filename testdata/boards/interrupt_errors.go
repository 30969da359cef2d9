// interrupt.New's rules, each broken once: every line with an ERROR comment must get exactly that error (checked by
// compiler/build/boards.test.ts, which also fails on any error not listed).
package main

import "runtime/interrupt"

var n = 5

type dev struct{ count int }

func (d *dev) handle(interrupt.Interrupt) { d.count++ }

var d dev

func main() {
	id := n
	interrupt.New(id, func(interrupt.Interrupt) {}) // ERROR "interrupt.New: the interrupt number must be a constant"
	x := 1
	interrupt.New(3, func(interrupt.Interrupt) { x++ }) // ERROR "interrupt.New: the handler must not capture local variables (use package variables)"
	var h func(interrupt.Interrupt)
	interrupt.New(4, h) // ERROR "interrupt.New: the handler must be a function or a function literal"
	interrupt.New(6, d.handle)
	local := &dev{}
	interrupt.New(7, local.handle) // ERROR "interrupt.New: the handler must not capture local variables (use package variables)"
	interrupt.New(5, func(interrupt.Interrupt) {})
	interrupt.New(5, func(interrupt.Interrupt) {}) // ERROR "interrupt.New: interrupt 5 already has a handler (registered at testdata/boards/interrupt_errors.go:25:15)"
	interrupt.New(26, func(interrupt.Interrupt) {}) // ERROR "interrupt.New: interrupt number 26 out of range (the target's vectors are 1 to 25)"
	println(x)
}
