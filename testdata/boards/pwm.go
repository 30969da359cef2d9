// PWM on all three timers of the ATmega328P through machine.Timer0/1/2, with time.Sleep running on Timer0's clock
// meanwhile. Timer1 runs at 1 ms with 25% on D9 and 75% on D10; Timer2 at 128 µs with 50% on D11 and 10% inverted
// (90% high) on D3; Timer0 at its fixed 1.024 ms with 20% on D6 and 60% on D5. D2 is high during a 20 ms
// time.Sleep, D4 during a 100 ms one, and the program prints the time it measured over both, so that
// compiler/build/pwm.test.ts checks the waveforms and the clock against the simulator's cycles. The program also
// checks the errors: a pin that is not the timer's output, periods a timer cannot make.
package main

import (
	"machine"
	"time"
)

func check(what string, err error) {
	if err != nil {
		println(what, "error:", err.Error())
	}
}

func main() {
	// Errors first: none of these may change a timer.
	_, err := machine.Timer1.Channel(machine.D6)
	println("Timer1.Channel(D6):", err == machine.ErrInvalidOutputPin, err.Error())
	_, err = machine.Timer0.Channel(machine.D9)
	println("Timer0.Channel(D9):", err == machine.ErrInvalidOutputPin)
	err = machine.Timer1.Configure(machine.PWMConfig{Period: 5_000_000_000})
	println("Timer1 5 s:", err == machine.ErrPWMPeriodTooLong, err.Error())
	err = machine.Timer1.Configure(machine.PWMConfig{Period: 100})
	println("Timer1 100 ns:", err == machine.ErrPWMPeriodTooShort)
	err = machine.Timer0.Configure(machine.PWMConfig{Period: 2_000_000})
	println("Timer0 2 ms:", err == machine.ErrPWMPeriodTooLong)
	err = machine.Timer2.Configure(machine.PWMConfig{Period: 20_000_000})
	println("Timer2 20 ms:", err == machine.ErrPWMPeriodTooLong)

	time.Sleep(time.Millisecond) // the runtime's clock runs before Timer0 is configured for PWM

	check("Timer1", machine.Timer1.Configure(machine.PWMConfig{Period: 1_000_000}))
	a, err := machine.Timer1.Channel(machine.D9)
	check("D9", err)
	b, err := machine.Timer1.Channel(machine.D10)
	check("D10", err)
	machine.Timer1.Set(a, machine.Timer1.Top()/4)
	machine.Timer1.Set(b, machine.Timer1.Top()*3/4)
	println("Timer1 top:", machine.Timer1.Top(), "period:", machine.Timer1.Period(), "channels:", a, b)

	check("Timer2", machine.Timer2.Configure(machine.PWMConfig{Period: 128_000}))
	a, err = machine.Timer2.Channel(machine.D11)
	check("D11", err)
	b, err = machine.Timer2.Channel(machine.D3)
	check("D3", err)
	machine.Timer2.SetInverting(b, true)
	machine.Timer2.Set(a, machine.Timer2.Top()/2)
	machine.Timer2.Set(b, machine.Timer2.Top()/10)
	println("Timer2 top:", machine.Timer2.Top(), "period:", machine.Timer2.Period())

	check("Timer0", machine.Timer0.Configure(machine.PWMConfig{}))
	a, err = machine.Timer0.Channel(machine.D6)
	check("D6", err)
	b, err = machine.Timer0.Channel(machine.D5)
	check("D5", err)
	machine.Timer0.Set(a, machine.Timer0.Top()/5)
	machine.Timer0.Set(b, machine.Timer0.Top()*3/5)
	println("Timer0 top:", machine.Timer0.Top(), "period:", machine.Timer0.Period())

	d2 := machine.D2
	d2.Configure(machine.PinConfig{Mode: machine.PinOutput})
	d4 := machine.D4
	d4.Configure(machine.PinConfig{Mode: machine.PinOutput})
	start := time.Now()
	d2.High()
	time.Sleep(20 * time.Millisecond)
	d2.Low()
	d4.High()
	time.Sleep(100 * time.Millisecond)
	elapsed := time.Since(start)
	d4.Low()
	println("slept µs:", elapsed.Microseconds())

	// Second phase, while D2 is high for 10 ms: new periods, steady levels, a timer stopped and restarted.
	machine.Timer1.Enable(false)
	check("Timer1.SetPeriod", machine.Timer1.SetPeriod(500_000))
	machine.Timer1.Enable(true)
	println("Timer1 top:", machine.Timer1.Top(), "period:", machine.Timer1.Period(), "counter below top:", machine.Timer1.Counter() < machine.Timer1.Top())
	println("Timer1.SetPeriod 300 ms:", machine.Timer1.SetPeriod(300_000_000) == machine.ErrPWMPeriodTooLong)
	machine.Timer1.Set(0, machine.Timer1.Top()/2) // D9: 50% of 500 µs
	machine.Timer1.Set(1, 0)                      // D10: steady low
	check("Timer2.SetPeriod", machine.Timer2.SetPeriod(16_000))
	machine.Timer2.Enable(false)
	machine.Timer2.Enable(true)
	machine.Timer2.SetInverting(0, true)
	machine.Timer2.Set(0, machine.Timer2.Top()/4) // D11: 75% high at 16 µs
	machine.Timer2.Set(1, 0)                      // D3, inverted: steady high
	println("Timer2 period:", machine.Timer2.Period())
	machine.Timer0.Set(0, machine.Timer0.Top()) // D6: high
	machine.Timer0.SetInverting(1, true)        // D5: 40% high
	check("Timer0.SetPeriod", machine.Timer0.SetPeriod(1_024_000))
	d2.High()
	time.Sleep(10 * time.Millisecond)
	d2.Low()
}
