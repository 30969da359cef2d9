// The errors of device/avr's Asm and AsmFull that errors_arm.go does not show: AVR's 16-bit limit, and uses other
// than a call (compiler/build/asm.test.ts).
package main

import "device/avr"

func main() {
	n := 5
	for i := 0; i < 3; i++ {
		n += i
	}
	avr.AsmFull("mov {}, {n}", map[string]interface{}{"n": n})     // ERROR "not yet supported: device/avr.AsmFull: {n} of type int: AVR registers take at most 16 bits (convert it to uint8 or uint16)"
	avr.AsmFull("mov {}, {k}", map[string]interface{}{"k": 70000}) // ERROR "not yet supported: device/avr.AsmFull: {k} of type int: AVR registers take at most 16 bits (convert it to uint8 or uint16)"
	println(avr.AsmFull("mov {}, {n}", map[string]interface{}{"n": uint16(n)}))
	f := avr.Asm // ERROR "not yet supported: device/avr.Asm used as a function value"
	f("nop")
	defer avr.Asm("nop") // ERROR "not yet supported: device/avr.Asm as a deferred call"
	go avr.Asm("nop")    // ERROR "not yet supported: device/avr.Asm as a goroutine start"
}
