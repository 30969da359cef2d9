//go:build cortexm

// Package arm describes the registers every Cortex-M core has, in its System Control Space (ARMv6-M and ARMv7-M
// Architecture Reference Manuals, B3): the NVIC's enable, pending and priority registers, the System Control Block
// and SysTick, with TinyGo's names for the NVIC helpers. The NVIC's registers are written whole: on ARMv6-M (the
// RP2040's Cortex-M0+) the System Control Space takes only word accesses. Inline assembly, TinyGo's Asm and AsmFull,
// is in asm.go.
package arm

import (
	"runtime/volatile"
	"unsafe"
)

// SCS_BASE is the System Control Space's base address.
const SCS_BASE = 0xe000e000

// NVIC_Type is the Nested Vectored Interrupt Controller: one bit per interrupt in each of the set-enable,
// clear-enable, set-pending and clear-pending registers (writing zeros changes nothing), and one priority byte per
// interrupt, four to a word.
type NVIC_Type struct {
	ISER [16]volatile.Register32 // 0x100
	_    [16]uint32
	ICER [16]volatile.Register32 // 0x180
	_    [16]uint32
	ISPR [16]volatile.Register32 // 0x200
	_    [16]uint32
	ICPR [16]volatile.Register32 // 0x280
	_    [16]uint32
	IABR [16]volatile.Register32 // 0x300: active bits (ARMv7-M only)
	_    [48]uint32
	IPR  [124]volatile.Register32 // 0x400
}

// NVIC is the interrupt controller.
var NVIC = (*NVIC_Type)(unsafe.Pointer(uintptr(SCS_BASE + 0x100)))

// SCB_Type is the System Control Block.
type SCB_Type struct {
	CPUID volatile.Register32    // 0xd00
	ICSR  volatile.Register32    // 0xd04: VECTACTIVE (8:0), the exception being handled (0: thread mode)
	VTOR  volatile.Register32    // 0xd08: the vector table's address
	AIRCR volatile.Register32    // 0xd0c: write VECTKEY (0x05fa << 16) with SYSRESETREQ (bit 2) to reset the chip
	SCR   volatile.Register32    // 0xd10: SLEEPONEXIT (1), SLEEPDEEP (2), SEVONPEND (4)
	CCR   volatile.Register32    // 0xd14
	SHPR  [3]volatile.Register32 // 0xd18-0xd20: the system exceptions' priorities (SysTick: SHPR[2] bits 31:24)
}

// SCB is the System Control Block.
var SCB = (*SCB_Type)(unsafe.Pointer(uintptr(SCS_BASE + 0xd00)))

// SYST_Type is the SysTick timer: a 24-bit down-counter reloaded from RVR, which raises the SysTick exception when it
// reaches zero (CSR's TICKINT) and counts the core clock (CLKSOURCE) or a reference clock.
type SYST_Type struct {
	CSR   volatile.Register32 // 0x010: ENABLE (0), TICKINT (1), CLKSOURCE (2), COUNTFLAG (16)
	RVR   volatile.Register32 // 0x014
	CVR   volatile.Register32 // 0x018
	CALIB volatile.Register32 // 0x01c
}

// SYST is the SysTick timer.
var SYST = (*SYST_Type)(unsafe.Pointer(uintptr(SCS_BASE + 0x10)))

// Fields of SYST.CSR.
const (
	SYST_CSR_ENABLE    = 1 << 0
	SYST_CSR_TICKINT   = 1 << 1
	SYST_CSR_CLKSOURCE = 1 << 2
	SYST_CSR_COUNTFLAG = 1 << 16
)

// EnableIRQ enables device interrupt irq in the NVIC.
func EnableIRQ(irq uint32) {
	NVIC.ISER[irq>>5].Set(1 << (irq & 31))
}

// DisableIRQ disables device interrupt irq in the NVIC.
func DisableIRQ(irq uint32) {
	NVIC.ICER[irq>>5].Set(1 << (irq & 31))
}

// SetPendingIRQ makes device interrupt irq pending: it runs as soon as it is enabled and its priority allows.
func SetPendingIRQ(irq uint32) {
	NVIC.ISPR[irq>>5].Set(1 << (irq & 31))
}

// ClearPendingIRQ removes device interrupt irq's pending state.
func ClearPendingIRQ(irq uint32) {
	NVIC.ICPR[irq>>5].Set(1 << (irq & 31))
}

// SetPriority sets device interrupt irq's priority (0 is the most urgent; a core keeps only the high bits: the
// Cortex-M0+'s two).
func SetPriority(irq uint32, priority uint32) {
	shift := (irq & 3) * 8
	r := &NVIC.IPR[irq>>2]
	r.Set(r.Get()&^(0xff<<shift) | (priority&0xff)<<shift)
}

// SystemReset asks the chip to reset itself; it does not return.
func SystemReset() {
	SCB.AIRCR.Set(0x05fa<<16 | 1<<2)
	for {
	}
}
