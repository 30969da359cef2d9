// Pin interrupts (Pin.SetInterrupt) on machine.BUTTON, an input with its pull-up. Four phases: the callback waits for
// rising edges, then falling ones, then both, then it is removed (a nil callback). Each phase starts with the LED
// going high, the test's cue to press and release the button twice; main sleeps meanwhile, then turns the LED off
// and prints how many times the callback ran and how many of those found the pin high (after a rising edge). The
// callback also checks the pin it is given and that it runs in an interrupt. Then the errors: NoPin does nothing, a
// pin past the chip's cannot interrupt. Run by compiler/build/pinirq.test.ts on arduino (D2, LED D13) and pico
// (GP15, LED GP25).
package main

import (
	"machine"
	"runtime/interrupt"
	"runtime/volatile"
	"time"
)

// edges counts the callback's runs, highs those that found the pin high; wrong counts those that were not for the
// button or not in an interrupt.
var edges, highs, wrong uint8

// count is the callback.
func count(p machine.Pin) {
	if p != machine.BUTTON || !interrupt.In() {
		wrong++
	}
	if p.Get() {
		highs++
	}
	edges++
}

// phase sets the button's interrupt, cues the test and reports the callback's runs.
func phase(name string, change machine.PinChange, callback func(machine.Pin)) {
	volatile.StoreUint8(&edges, 0)
	volatile.StoreUint8(&highs, 0)
	if err := machine.BUTTON.SetInterrupt(change, callback); err != nil {
		println(name, err.Error())
	}
	machine.LED.High()
	time.Sleep(8 * time.Millisecond)
	machine.LED.Low()
	println(name, volatile.LoadUint8(&edges), volatile.LoadUint8(&highs))
}

func main() {
	machine.LED.Configure(machine.PinConfig{Mode: machine.PinOutput})
	machine.BUTTON.Configure(machine.PinConfig{Mode: machine.PinInputPullup})
	phase("rising", machine.PinRising, count)
	phase("falling", machine.PinFalling, count)
	phase("toggle", machine.PinToggle, count)
	phase("off", machine.PinToggle, nil)
	println("wrong", volatile.LoadUint8(&wrong))
	noPin := machine.NoPin.SetInterrupt(machine.PinRising, count)
	println(noPin == nil, machine.Pin(30).SetInterrupt(machine.PinRising, count).Error())
}
