//go:build avr

// Interrupts on AVR. Each peripheral has its own enable bit for its vector (UCSR0B's RXCIE0, TIMSK0's TOIE0...),
// set by the driver that registers the handler; what Enable adds is the global switch, SREG's I bit. In is told by a
// nesting count that the compiler's vector entries keep (compiler/codegen/interrupts.ts): SREG's I bit alone cannot
// tell a handler from a section that called Disable. The count costs one byte of RAM, and only in a program that
// calls In (codegen leaves it out otherwise). The file is not named _avr.go: avr is a GOARCH for the file-name
// rules, and AVR targets build as GOARCH=arm.

package interrupt

import (
	"runtime/volatile"
	"unsafe"
)

// sreg is the status register (data address 0x5f); bit 7 (I) enables interrupts globally.
var sreg = (*volatile.Register8)(unsafe.Pointer(uintptr(0x5f)))

// nesting counts the interrupt handlers running; the vector entries the compiler emits raise it around the handler.
var nesting uint8

// Enable enables interrupts globally (SREG's I bit): on AVR, whether this interrupt fires is its peripheral's own
// enable bit, which the code that registered it sets.
func (i Interrupt) Enable() {
	sreg.SetBits(0x80)
}

// In reports whether the code is running in an interrupt handler.
func In() bool {
	return volatile.LoadUint8(&nesting) != 0
}
