// The LED toggled six times with a busy delay between (no package time), then "done": the same program on every
// board. Run by cmd/run.test.ts with -trace-pins and -vcd.
package main

import "machine"

func main() {
	led := machine.LED
	led.Configure(machine.PinConfig{Mode: machine.PinOutput})
	for i := 0; i < 6; i++ {
		led.Toggle()
		for j := 0; j < 2000; j++ {
			led.Get() // a register read: the delay loop stays
		}
	}
	println("done")
}
