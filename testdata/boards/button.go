// TinyGo's button example, ending: the LED shows machine.BUTTON (an input with its pull-up, so pressed is low). The
// program ends after the button has been pressed and released twice. Run by compiler/build/boards.test.ts on arduino
// (LED D13, button D2) and compiler/build/picoboard.test.ts on pico (LED GP25, button GP15), which press the button by
// driving its pin low and high at set times.
package main

import "machine"

func main() {
	led := machine.LED
	led.Configure(machine.PinConfig{Mode: machine.PinOutput})
	button := machine.BUTTON
	button.Configure(machine.PinConfig{Mode: machine.PinInputPullup})
	last := true
	changes := 0
	for changes < 4 {
		up := button.Get()
		if up != last {
			led.Set(!up)
			last = up
			changes++
		}
	}
	println("changes:", changes)
}
