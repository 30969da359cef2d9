//go:build cortexm

// Interrupts on Cortex-M: the NVIC enables each device interrupt (IRQ n) with bit n%32 of its set-enable register
// ISER[n/32] (0xE000E100); writing a 1 enables, zeros change nothing. In reads the active exception number, ICSR's
// VECTACTIVE field (bits 0-8 of 0xE000ED04), which is not zero in any handler: no RAM needed. The registers are
// device/arm's.

package interrupt

import "device/arm"

// Enable enables the interrupt in the NVIC.
func (i Interrupt) Enable() {
	arm.EnableIRQ(uint32(i.num))
}

// SetPriority sets the interrupt's priority in the NVIC: 0 is the most urgent, 0xff the least (the core keeps the
// high bits only: two on the Cortex-M0+, three on the lm3s6965's Cortex-M3).
func (i Interrupt) SetPriority(priority uint8) {
	arm.SetPriority(uint32(i.num), uint32(priority))
}

// In reports whether the code is running in an interrupt (or exception) handler.
func In() bool {
	return arm.SCB.ICSR.Get()&0x1ff != 0
}
