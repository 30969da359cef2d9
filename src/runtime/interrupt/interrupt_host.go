//go:build !baremetal

// Interrupts on the host: a program there has none (interrupt.New is a compile error), so no code ever runs in one.

package interrupt

// Enable does nothing on the host.
func (i Interrupt) Enable() {}

// In reports whether the code runs in an interrupt handler: never on the host.
func In() bool { return false }
