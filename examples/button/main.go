// button: the board's LED lights while machine.BUTTON is pressed (the pin has its pull-up on and the button connects
// it to ground, so pressed reads low), checked every 10 ms (TinyGo's button example). The Arduinos and the Pico have no
// user button: machine.BUTTON names the pin to wire one to (D2, GP15).
package main

import (
	"machine"
	"time"
)

const (
	led    = machine.LED
	button = machine.BUTTON
)

func main() {
	led.Configure(machine.PinConfig{Mode: machine.PinOutput})
	button.Configure(machine.PinConfig{Mode: machine.PinInputPullup})
	for {
		if button.Get() {
			led.Low()
		} else {
			led.High()
		}
		time.Sleep(10 * time.Millisecond)
	}
}
