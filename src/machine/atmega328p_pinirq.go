//go:build atmega328p

// Pin interrupts on the ATmega328P (Pin.SetInterrupt), through its pin change interrupts: any pin of port B, C or D
// whose bit is set in the port's mask register (PCMSK0-2, one a port) raises the port's vector (PCINT0-2, vectors
// 3-5) on every change of its level, while the port's bit in PCICR is set. The chip tells neither which pin changed
// nor which way, so the handler compares the port's PIN register with the levels it saw last and calls the callbacks
// of the pins that changed in a direction asked for. INT0 and INT1 could watch D2 and D3 for one edge in hardware;
// they are not used: every pin then works alike, with one handler and no more vectors, and what INT0/INT1 would add
// (catching a pulse shorter than the handler's latency, a few microseconds; no interrupt for the other edge) does not
// matter for buttons and slow signals. The state is small, for 2 KiB of RAM: callbacks for the 20 pins an Arduino has
// (PB6 and PB7 hold the crystal, PC6 is the reset pin: they cannot interrupt), 4 bytes each, and 3 bytes a port; 89
// bytes in all, in programs that call SetInterrupt only.

package machine

import (
	"device/avr"
	"runtime/interrupt"
	"runtime/volatile"
	"unsafe"
)

// The level changes a pin interrupt can wait for (TinyGo's values on AVR).
const (
	// PinRising is a change from low to high.
	PinRising PinChange = 1 << iota
	// PinFalling is a change from high to low.
	PinFalling
	// PinToggle is either change.
	PinToggle = PinRising | PinFalling
)

// pcmsk0 is PCMSK0's data address; PCMSK1 and PCMSK2, the masks of ports C and D, follow it.
const pcmsk0 = 0x6b

// pinCallbacks holds the SetInterrupt callbacks of PB0-PB5, PC0-PC5 and PD0-PD7, in that order: pin p's is at
// p - 2*port.
var pinCallbacks [20]func(Pin)

// Per port (B, C, D): the levels of its pins when the handler last looked, and the pins whose rising and falling
// edges have a callback.
var pinLevels, pinRising, pinFalling [3]uint8

// SetInterrupt calls callback, in interrupt context, with the pin each time its input changes as change says
// (PinRising, PinFalling or PinToggle), replacing the pin's previous callback; a nil callback turns the pin's
// interrupt off. The pin should be an input already (Configure), with its pull-up on unless something drives it.
// NoPin does nothing; the crystal's and reset pins (PB6, PB7, PC6) return ErrInvalidInputPin. Setting a callback
// turns interrupts on globally (SREG's I bit), as UART.Configure does: called from a callback, it lets interrupts
// nest for the rest of that handler.
func (p Pin) SetInterrupt(change PinChange, callback func(Pin)) error {
	if p == NoPin {
		return nil
	}
	port := uintptr(p >> 3)
	slot := p - 2*Pin(port)
	if p > PD7 || (port < 2 && p&7 > 5) || slot >= Pin(len(pinCallbacks)) { // the last for the compiler's bound check
		return errInvalidInputPin
	}
	mask := (*volatile.Register8)(unsafe.Pointer(pcmsk0 + port))
	bit := uint8(1) << (p & 7)
	state := interrupt.Disable()
	mask.ClearBits(bit)
	pinCallbacks[slot] = callback
	pinRising[port] &^= bit
	pinFalling[port] &^= bit
	if callback != nil {
		if change&PinRising != 0 {
			pinRising[port] |= bit
		}
		if change&PinFalling != 0 {
			pinFalling[port] |= bit
		}
		// From now on a change is a change from the level the pin has now.
		in, _ := p.portRegister(0)
		pinLevels[port] = pinLevels[port]&^bit | in.Get()&bit
		mask.SetBits(bit)
		avr.PCICR.SetBits(1 << port)
	}
	interrupt.Restore(state)
	if callback != nil {
		interrupt.New(avr.IRQ_PCINT0, handlePinChange)
		interrupt.New(avr.IRQ_PCINT1, handlePinChange)
		interrupt.New(avr.IRQ_PCINT2, handlePinChange).Enable() // interrupts on globally (SREG's I bit)
	}
	return nil
}

// handlePinChange is the handler of the three pin change vectors: it reads the port's pins and hands them to
// pinsChanged, which the three vectors share (inlined, it would make each vector 200 bytes of flash instead of 78).
func handlePinChange(intr interrupt.Interrupt) {
	port := uintptr(intr.GetNumber() - avr.IRQ_PCINT0)
	in, _ := Pin(8 * port).portRegister(0)
	pinsChanged(port, in.Get())
}

// pinsChanged calls the callbacks of the pins of port (0-2: B, C, D) that rose or fell since it last looked, as levels
// says, and wait for that edge, lowest bit first.
//
//go:noinline
func pinsChanged(port uintptr, levels uint8) {
	changed := levels ^ pinLevels[port]
	pinLevels[port] = levels
	edges := changed & (levels&pinRising[port] | ^levels&pinFalling[port])
	for p := Pin(8 * port); edges != 0; p++ {
		// The slot's bound check is the compiler's too, which then needs no panic.
		if i := p - 2*Pin(port); edges&1 != 0 && i < Pin(len(pinCallbacks)) {
			// A callback may have turned another pin's interrupt off since the edges were read.
			if callback := pinCallbacks[i]; callback != nil {
				callback(p)
			}
		}
		edges >>= 1
	}
}
