//go:build rp2040

// Pin interrupts on the RP2040 (Pin.SetInterrupt). IO_BANK0 watches every GPIO for four events, 4 bits per GPIO and
// 8 GPIOs a register (device/rp's GPIO_INT_*): low and high level, falling and rising edge. The edges are latched in
// INTR until a 1 is written to their bit; PROC0_INTE chooses the events that raise core 0's IO_IRQ_BANK0 (NVIC IRQ
// 13), and PROC0_INTS shows the latched events it enabled. PinChange's values are the edge bits, as in TinyGo, so a
// pin's enable bits are its PinChange shifted to the pin's place. One handler serves all 30 GPIOs: for each register
// with events it acknowledges them (so that an edge during a callback raises the interrupt again) and calls the
// callbacks of their pins. The callbacks cost 240 bytes of RAM (30 function values), in programs that call
// SetInterrupt only.

package machine

import (
	"device/rp"
	"runtime/interrupt"
)

// The level changes a pin interrupt can wait for: IO_BANK0's edge events.
const (
	// PinFalling is a change from high to low.
	PinFalling PinChange = rp.GPIO_INT_EDGE_LOW
	// PinRising is a change from low to high.
	PinRising PinChange = rp.GPIO_INT_EDGE_HIGH
	// PinToggle is either change.
	PinToggle = PinFalling | PinRising
)

// pinCallbacks holds each GPIO's SetInterrupt callback.
var pinCallbacks [30]func(Pin)

// SetInterrupt calls callback, in interrupt context, with the pin each time its input changes as change says
// (PinRising, PinFalling or PinToggle), replacing the pin's previous callback; a nil callback turns the pin's
// interrupt off. Edges that came before the call are forgotten. The pin should be an input already (Configure), with
// its pull-up or pull-down unless something drives it. NoPin does nothing.
func (p Pin) SetInterrupt(change PinChange, callback func(Pin)) error {
	if p > GPIO29 {
		if p == NoPin {
			return nil
		}
		return errInvalidInputPin
	}
	reg, shift := p>>3, 4*(p&7)
	// Off first: the handler then never sees the pin while its callback is being replaced.
	rp.Clear(&rp.IO_BANK0.PROC0_INTE[reg]).Set(0xf << shift)
	pinCallbacks[p] = callback
	if callback == nil {
		return nil
	}
	irq := interrupt.New(rp.IRQ_IO_IRQ_BANK0, handlePinInterrupt)
	rp.IO_BANK0.INTR[reg].Set(0xf << shift)
	rp.Set(&rp.IO_BANK0.PROC0_INTE[reg]).Set(uint32(change&PinToggle) << shift)
	irq.Enable()
	return nil
}

// handlePinInterrupt is IO_IRQ_BANK0's handler: it acknowledges the enabled edges of each interrupt register and
// calls their pins' callbacks, lowest GPIO first.
func handlePinInterrupt(interrupt.Interrupt) {
	for reg := 0; reg < 4; reg++ {
		events := rp.IO_BANK0.PROC0_INTS[reg].Get()
		if events == 0 {
			continue
		}
		rp.IO_BANK0.INTR[reg].Set(events)
		for p := Pin(8 * reg); events != 0; p++ {
			if events&0xf != 0 && p <= GPIO29 {
				// A callback may have turned another pin's interrupt off since its event was read.
				if callback := pinCallbacks[p]; callback != nil {
					callback(p)
				}
			}
			events >>= 4
		}
	}
}
