//go:build atmega328p

// The ATmega328P's GPIO: pins are numbered port*8 + bit (port B = 0, C = 1, D = 2), and each port has three registers
// three bytes apart from PINB at data address 0x23: PINx (reads the pins; writing 1 toggles the output), DDRx (1 =
// output) and PORTx (output level, or the pull-up of an input). For a constant pin every method folds to one `sbi`,
// `cbi` or `sbis`/`sbic` instruction. The chip has pull-ups only, no pull-downs.

package machine

import (
	"runtime/volatile"
	"unsafe"
)

// The chip's pins by port and bit (PB6 and PB7 hold the crystal on the Arduinos, PC6 is the reset pin).
const (
	PB0 Pin = iota
	PB1
	PB2
	PB3
	PB4
	PB5
	PB6
	PB7
	PC0
	PC1
	PC2
	PC3
	PC4
	PC5
	PC6
	PC7
	PD0
	PD1
	PD2
	PD3
	PD4
	PD5
	PD6
	PD7
)

// pinB is PINB's data address; a port's PIN, DDR and PORT registers follow at +0, +1, +2, ports three bytes apart.
const pinB = 0x23

// portRegister returns the register at offset (0 = PIN, 1 = DDR, 2 = PORT) of the pin's port, and the pin's bit.
//
//go:inline
func (p Pin) portRegister(offset uintptr) (*volatile.Register8, uint8) {
	return (*volatile.Register8)(unsafe.Pointer(pinB + 3*uintptr(p>>3) + offset)), 1 << (p & 7)
}

// Configure sets the pin's mode: output, input, or input with the pull-up on.
func (p Pin) Configure(config PinConfig) {
	if p == NoPin {
		return
	}
	ddr, mask := p.portRegister(1)
	port, _ := p.portRegister(2)
	switch config.Mode {
	case PinOutput:
		ddr.SetBits(mask)
	case PinInputPullup:
		ddr.ClearBits(mask)
		port.SetBits(mask)
	default:
		ddr.ClearBits(mask)
		port.ClearBits(mask)
	}
}

// Set sets the pin's output level (for an input: switches its pull-up).
//
//go:inline
func (p Pin) Set(high bool) {
	if p == NoPin {
		return
	}
	port, mask := p.portRegister(2)
	if high {
		port.SetBits(mask)
	} else {
		port.ClearBits(mask)
	}
}

// Get reads the pin's level (an output reads back what it drives).
//
//go:inline
func (p Pin) Get() bool {
	pin, mask := p.portRegister(0)
	return pin.HasBits(mask)
}

// Toggle inverts the pin's output level, with one write to its PIN register (the chip's toggle feature).
//
//go:inline
func (p Pin) Toggle() {
	pin, mask := p.portRegister(0)
	pin.Set(mask)
}

// PortMaskSet returns the PORT register's address and the pin's bit, for code that sets pins in a tight loop.
func (p Pin) PortMaskSet() (*uint8, uint8) {
	port, mask := p.portRegister(2)
	return &port.Reg, mask
}

// PortMaskClear returns the PORT register's address and the mask that clears the pin, for tight loops.
func (p Pin) PortMaskClear() (*uint8, uint8) {
	port, mask := p.portRegister(2)
	return &port.Reg, ^mask
}

// CPUFrequency returns the CPU's clock frequency in hertz (the Arduinos' 16 MHz crystal).
func CPUFrequency() uint32 {
	return 16000000
}
