//go:build cortexm

// Interrupts on Cortex-M: the NVIC enables each device interrupt (IRQ n) with bit n%32 of its set-enable register
// ISER[n/32] (0xE000E100); writing a 1 enables, zeros change nothing. In reads the active exception number, ICSR's
// VECTACTIVE field (bits 0-8 of 0xE000ED04), which is not zero in any handler: no RAM needed.

package interrupt

import (
	"runtime/volatile"
	"unsafe"
)

// Enable enables the interrupt in the NVIC.
func (i Interrupt) Enable() {
	iser := (*volatile.Register32)(unsafe.Pointer(0xe000e100 + 4*uintptr(i.num/32)))
	iser.Set(1 << (uint(i.num) % 32))
}

// In reports whether the code is running in an interrupt (or exception) handler.
func In() bool {
	icsr := (*volatile.Register32)(unsafe.Pointer(uintptr(0xe000ed04)))
	return icsr.Get()&0x1ff != 0
}
