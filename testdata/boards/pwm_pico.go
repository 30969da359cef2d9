// PWM on the Pico: slice 4 at a 1 ms period drives the LED (GP25, its channel B) at 25%, then inverted (75%), with
// busy loops in between (no package time). Run by compiler/build/picoboard.test.ts, which times the LED's changes.
package main

import "machine"

// wait spins for n pin reads, about 10 clk_sys cycles each.
func wait(n int) {
	for i := 0; i < n; i++ {
		machine.GP3.Get()
	}
}

func main() {
	pwm := machine.PWM4
	err := pwm.Configure(machine.PWMConfig{Period: 1e6})
	ch, err2 := pwm.Channel(machine.LED)
	pwm.Set(ch, (pwm.Top()+1)/4)
	_, err3 := pwm.Channel(machine.GP2) // PWM1's
	println(err == nil, ch, err2 == nil, err3 != nil, pwm.Top(), pwm.Period(), pwm.Get(ch))
	wait(400000)
	pwm.SetInverting(ch, true)
	wait(400000)
}
