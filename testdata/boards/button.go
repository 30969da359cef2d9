// TinyGo's button example, ending: the LED (D13) shows the button on D2 (an input with its pull-up, so pressed is
// low). The program ends after the button has been pressed and released twice. Run by compiler/build/boards.test.ts,
// which presses the button by driving D2 low and high at set times.
package main

import "machine"

func main() {
	led := machine.LED
	led.Configure(machine.PinConfig{Mode: machine.PinOutput})
	button := machine.D2
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
