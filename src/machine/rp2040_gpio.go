//go:build rp2040

// The RP2040's GPIO: pins are the GPIO numbers 0-29. A pin is routed to a peripheral by the FUNCSEL field of its
// IO_BANK0 control register; for software control that is the SIO (function 5), whose SET, CLR and XOR registers
// change the output levels and output enables of the written pins in one store, and whose GPIO_IN reads every pin.
// The pad register (PADS_BANK0) enables the input buffer and the pull-up or pull-down. For a constant pin every
// method folds to a constant mask stored to (or tested in) a constant address: two or three Thumb instructions.

package machine

import "device/rp"

// The RP2040's own pin modes.
const (
	// PinInputPulldown makes the pin an input pulled down to ground.
	PinInputPulldown PinMode = pinModeChip + iota
	// PinAnalog disconnects the pin's digital input and output, for the ADC (GPIO 26-29).
	PinAnalog
	// PinUART routes the pin to its UART (function 2).
	PinUART
)

// The chip's pins by GPIO number.
const (
	GPIO0 Pin = iota
	GPIO1
	GPIO2
	GPIO3
	GPIO4
	GPIO5
	GPIO6
	GPIO7
	GPIO8
	GPIO9
	GPIO10
	GPIO11
	GPIO12
	GPIO13
	GPIO14
	GPIO15
	GPIO16
	GPIO17
	GPIO18
	GPIO19
	GPIO20
	GPIO21
	GPIO22
	GPIO23
	GPIO24
	GPIO25
	GPIO26
	GPIO27
	GPIO28
	GPIO29
)

// padDefault is a pad's setting for digital use: input buffer and Schmitt trigger on, 4 mA drive, no pulls.
const padDefault = rp.PADS_GPIO_IE | rp.PADS_GPIO_SCHMITT | rp.PADS_GPIO_DRIVE_4MA

// setFunction routes the pin to function fn (rp.GPIO_FUNC_*) and writes its pad register.
//
//go:inline
func (p Pin) setFunction(fn uint32, pad uint32) {
	rp.PADS_BANK0.GPIO[p].Set(pad)
	rp.IO_BANK0.GPIO[p].CTRL.Set(fn)
}

// Configure sets the pin's mode: output, input (floating, pulled up or pulled down), analog, or the UART's.
func (p Pin) Configure(config PinConfig) {
	if p > GPIO29 {
		return // NoPin
	}
	mask := uint32(1) << p
	switch config.Mode {
	case PinOutput:
		rp.SIO.GPIO_OE_SET.Set(mask)
		p.setFunction(rp.GPIO_FUNC_SIO, padDefault)
	case PinInput:
		rp.SIO.GPIO_OE_CLR.Set(mask)
		p.setFunction(rp.GPIO_FUNC_SIO, padDefault)
	case PinInputPullup:
		rp.SIO.GPIO_OE_CLR.Set(mask)
		p.setFunction(rp.GPIO_FUNC_SIO, padDefault|rp.PADS_GPIO_PUE)
	case PinInputPulldown:
		rp.SIO.GPIO_OE_CLR.Set(mask)
		p.setFunction(rp.GPIO_FUNC_SIO, padDefault|rp.PADS_GPIO_PDE)
	case PinAnalog:
		rp.SIO.GPIO_OE_CLR.Set(mask)
		p.setFunction(rp.GPIO_FUNC_NULL, rp.PADS_GPIO_OD)
	case PinUART:
		p.setFunction(rp.GPIO_FUNC_UART, padDefault)
	}
}

// sioMask returns the pin's bit in the SIO's registers (NoPin's is bit 31, which no GPIO has: setting it does nothing).
//
//go:inline
func (p Pin) sioMask() uint32 {
	return uint32(1) << (p & 31)
}

// Set sets the pin's output level.
//
//go:inline
func (p Pin) Set(high bool) {
	if high {
		rp.SIO.GPIO_OUT_SET.Set(p.sioMask())
	} else {
		rp.SIO.GPIO_OUT_CLR.Set(p.sioMask())
	}
}

// Get reads the pin's level (an output reads back what it drives).
//
//go:inline
func (p Pin) Get() bool {
	return rp.SIO.GPIO_IN.Get()&p.sioMask() != 0
}

// Toggle inverts the pin's output level, with one store to GPIO_OUT_XOR.
//
//go:inline
func (p Pin) Toggle() {
	rp.SIO.GPIO_OUT_XOR.Set(p.sioMask())
}

// PortMaskSet returns GPIO_OUT_SET's address and the pin's bit, for code that sets pins in a tight loop: storing the
// mask there sets the pin.
func (p Pin) PortMaskSet() (*uint32, uint32) {
	return &rp.SIO.GPIO_OUT_SET.Reg, p.sioMask()
}

// PortMaskClear returns GPIO_OUT_CLR's address and the pin's bit: storing the mask there clears the pin.
func (p Pin) PortMaskClear() (*uint32, uint32) {
	return &rp.SIO.GPIO_OUT_CLR.Reg, p.sioMask()
}

// CPUFrequency returns the CPU's clock frequency in hertz: clk_sys, 125 MHz from the system PLL (runtime_rp2040.go).
func CPUFrequency() uint32 {
	return 125000000
}
