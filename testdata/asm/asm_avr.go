// device/avr's Asm and AsmFull on arduino (compiler/build/asm.test.ts): every line printed depends on the assembly
// having run.
package main

import "device/avr"

var counter uint8

func main() {
	// Asm: the interrupt flag (SREG bit 7, read by AsmFull) follows cli and sei.
	avr.Asm("cli")
	println("I after cli:", avr.AsmFull("in {}, 0x3f", nil)>>7)
	avr.Asm("sei")
	println("I after sei:", avr.AsmFull("in {}, 0x3f", nil)>>7)
	avr.Asm("cli")

	// An I/O register set by the assembly; `$` in the text is the assembler's, not an operand.
	avr.Asm("sbi 0x05, 5 ; PORTB bit 5, at $25 in data space")
	println("PORTB:", avr.PORTB.Get())

	// The result register is an upper register: ldi takes it.
	println("ldi:", avr.AsmFull("ldi {}, 42", nil))

	// Register operands; the result is one register (the sum wraps at 8 bits).
	x, y := uint8(200), uint8(100)
	println("add:", avr.AsmFull("mov {}, {x}\n add {}, {y}", map[string]interface{}{"x": x, "y": y}))

	// subi needs an upper register too; the operand is a copy, x is unchanged.
	println("subi:", avr.AsmFull("mov {}, {x}\n subi {}, 1", map[string]interface{}{"x": x}), x)

	// An untyped constant is an int (32 bits), passed in the narrowest register that holds it.
	println("wide constant:", avr.AsmFull("mov {}, {k}", map[string]interface{}{"k": 1000}))

	// Pointer operands are memory: a local variable, and a package variable read and written.
	var r uint8
	avr.AsmFull("st {r}, {v}", map[string]interface{}{"r": &r, "v": uint8(7)})
	println("stored:", r)
	for i := 0; i < 3; i++ {
		avr.AsmFull("ld {}, {c}\n inc {}\n st {c}, {}", map[string]interface{}{"c": &counter})
	}
	regs := map[string]interface{}{"c": &counter} // a map in a variable, built in the call's block
	avr.AsmFull("ld {}, {c}\n inc {}\n st {c}, {}", regs)
	println("counter:", counter)
}
