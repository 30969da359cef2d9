// Package machine is the hardware abstraction for the boards tsgo targets, with TinyGo's API so that TinyGo programs
// build unchanged: pins (Pin, PinConfig, PinMode, SetInterrupt), the UART (Serial, UART0), the ADC, PWM and the CPU's
// frequency. This file holds the chip-independent types; each chip's files (atmega328p_*.go, rp2040_*.go) implement
// them and each board's file (board_*.go) names its pins. Everything is sized for the smallest chip, the ATmega328P's
// 2 KiB of RAM: no allocation, no heap-allocated errors, register accesses that fold to single instructions for
// constant pins.
package machine

// Pin is a GPIO pin, numbered by the chip (on the ATmega328P: port B is 0-7, port C 8-15, port D 16-23; on the
// RP2040 the GPIO number, 0-29).
type Pin uint8

// NoPin is the pin that is no pin: configuring or setting it does nothing.
const NoPin = Pin(0xff)

// PinMode is how a pin is configured. The modes every chip has are here; a chip's file adds its own (the RP2040's
// pull-downs, say), numbered from pinModeChip.
type PinMode uint8

// The pin modes of every chip.
const (
	// PinInput makes the pin a floating input.
	PinInput PinMode = iota
	// PinInputPullup makes the pin an input pulled up to VCC.
	PinInputPullup
	// PinOutput makes the pin a push-pull output.
	PinOutput
	// pinModeChip is the first mode number left to the chips' own modes.
	pinModeChip
)

// PinConfig is a pin's configuration for Pin.Configure.
type PinConfig struct {
	Mode PinMode
}

// PinChange is the level change of an input pin that Pin.SetInterrupt waits for: PinRising, PinFalling, or both,
// PinToggle. Each chip numbers them as TinyGo does (the RP2040 by its interrupt registers' bits).
type PinChange uint8

// High sets the pin's output high.
//
//go:inline
func (p Pin) High() {
	p.Set(true)
}

// Low sets the pin's output low.
//
//go:inline
func (p Pin) Low() {
	p.Set(false)
}

// UARTConfig is a UART's configuration for UART.Configure: the baud rate (0: 115200, what the runtime's println
// uses) and the pins (ignored where the UART's pins are fixed, as on the ATmega328P).
type UARTConfig struct {
	BaudRate uint32
	TX       Pin
	RX       Pin
}

// ADC is an analog input pin.
type ADC struct {
	Pin Pin
}

// ADCConfig is the ADC's configuration for ADC.Configure (Reference in millivolts, Resolution and Samples: the
// chip's defaults when 0).
type ADCConfig struct {
	Reference  uint32
	Resolution uint32
	Samples    uint32
}

// PWMConfig is a PWM peripheral's configuration for Configure: the period in nanoseconds (1e9 / frequency), or 0
// for a period that suits LEDs.
type PWMConfig struct {
	Period uint64
}

// machineError is an error of this package: a small number, so that an error value needs no allocation.
type machineError uint8

const (
	errUARTBufferEmpty machineError = iota + 1
	errNoPin
	errInvalidOutputPin
	errPWMPeriodTooLong
	errPWMPeriodTooShort
	errInvalidInputPin
)

// Error describes the error.
func (e machineError) Error() string {
	switch e {
	case errUARTBufferEmpty:
		return "UART buffer empty"
	case errNoPin:
		return "machine: no pin"
	case errInvalidOutputPin:
		return "invalid output pin"
	case errPWMPeriodTooLong:
		return "pwm: period too long"
	case errPWMPeriodTooShort:
		return "pwm: period too short"
	case errInvalidInputPin:
		return "machine: invalid input pin"
	}
	return "machine: error"
}

// ErrUARTBufferEmpty is ReadByte's error when no byte has been received.
var ErrUARTBufferEmpty error = errUARTBufferEmpty

// ErrInvalidOutputPin is the error of a PWM's Channel for a pin that is not one of its outputs.
var ErrInvalidOutputPin error = errInvalidOutputPin

// ErrPWMPeriodTooLong is the error of a PWM's Configure and SetPeriod for a period the timer cannot make: longer
// than its longest, or, for a timer with a fixed set of periods, not one of them.
var ErrPWMPeriodTooLong error = errPWMPeriodTooLong

// ErrPWMPeriodTooShort is the error for a period shorter than two counts of the timer's fastest clock (TinyGo has
// no such error).
var ErrPWMPeriodTooShort error = errPWMPeriodTooShort

// ErrInvalidInputPin is Pin.SetInterrupt's error for a pin that cannot interrupt.
var ErrInvalidInputPin error = errInvalidInputPin
