// blinky1: the board's LED on for half a second, off for half a second, forever (TinyGo's first example program).
package main

import (
	"machine"
	"time"
)

func main() {
	led := machine.LED
	led.Configure(machine.PinConfig{Mode: machine.PinOutput})
	for {
		led.Low()
		time.Sleep(500 * time.Millisecond)
		led.High()
		time.Sleep(500 * time.Millisecond)
	}
}
