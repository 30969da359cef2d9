// The ADC through machine.ADC: reads A0 and A3, whose voltages the test sets (2.5 V and 5 V against AVCC = 5 V),
// and prints the 16-bit scaled values. Run by compiler/build/boards.test.ts.
package main

import "machine"

func main() {
	machine.InitADC()
	a0 := machine.ADC{Pin: machine.A0}
	a0.Configure(machine.ADCConfig{})
	a3 := machine.ADC{Pin: machine.A3}
	a3.Configure(machine.ADCConfig{})
	println(a0.Get(), a3.Get())
}
