// The ADC through machine.ADC: reads ADC0 and ADC2, whose voltages the test sets (half and full scale), and prints
// the 16-bit scaled values. Run by compiler/build/boards.test.ts on arduino (A0 and A2) and
// compiler/build/picoboard.test.ts on pico (GP26 and GP28).
package main

import "machine"

func main() {
	machine.InitADC()
	a0 := machine.ADC{Pin: machine.ADC0}
	a0.Configure(machine.ADCConfig{})
	a2 := machine.ADC{Pin: machine.ADC2}
	a2.Configure(machine.ADCConfig{})
	println(a0.Get(), a2.Get())
}
