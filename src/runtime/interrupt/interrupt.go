// Package interrupt registers interrupt handlers and masks interrupts, with TinyGo's API. A handler is registered at
// compile time: every reachable call `interrupt.New(id, handler)` (the id a constant, the handler a function or a
// function literal that captures no local variable) makes the compiler emit that vector's entry, which calls the
// handler with an Interrupt for id (on AVR a function `__vector_<id>` with the `avr_signalcc` calling convention,
// on Cortex-M a strong `IRQ<id>_Handler`; compiler/codegen/interrupts.ts). New itself only returns the Interrupt.
// A handler runs on the stack of whatever goroutine it interrupted and must not block.
package interrupt

import _ "unsafe" // for go:linkname

// Interrupt is one of the chip's interrupts, as interrupt.New returns it and as its handler receives it.
type Interrupt struct {
	num int
}

// New registers handler for interrupt id and returns that interrupt; the handler runs whenever the interrupt fires
// while it is enabled. id must be a constant, handler a function or a function literal, and each id can be registered
// once per program: the compiler reports anything else at the call.
func New(id int, handler func(Interrupt)) Interrupt {
	return Interrupt{num: id}
}

// GetNumber returns the interrupt's number, the id given to New.
func (i Interrupt) GetNumber() int {
	return i.num
}

// State is the interrupt mask as Disable found it, to be given back to Restore.
type State uintptr

// Disable masks every interrupt and returns the previous state; sections between Disable and Restore nest.
func Disable() State {
	return State(disableInterrupts())
}

// Restore puts back the interrupt mask that Disable returned (re-enabling interrupts only if they were enabled).
func Restore(state State) {
	restoreInterrupts(uintptr(state))
}

// disableInterrupts is the runtime's hook (targets/*.s on the boards): it masks interrupts and returns the old state.
//
//go:linkname disableInterrupts runtime.disableInterrupts
func disableInterrupts() uintptr

// restoreInterrupts is the runtime's hook that puts back what disableInterrupts returned.
//
//go:linkname restoreInterrupts runtime.restoreInterrupts
func restoreInterrupts(state uintptr)
