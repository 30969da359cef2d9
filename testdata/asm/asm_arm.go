// device/arm's Asm and AsmFull on cortex-m-qemu and pico (compiler/build/asm.test.ts), in instructions the
// Cortex-M0+ has too: every line printed depends on the assembly having run.
package main

import "device/arm"

var counter uint32

func main() {
	// Asm: PRIMASK (read by AsmFull) follows cpsid and cpsie.
	arm.Asm("cpsid i")
	println("PRIMASK after cpsid:", arm.AsmFull("mrs {}, PRIMASK", nil))
	arm.Asm("cpsie i")
	println("PRIMASK after cpsie:", arm.AsmFull("mrs {}, PRIMASK", nil))
	arm.Asm("nop @ $1 is no operand")

	println("movs:", arm.AsmFull("movs {}, #42", nil))

	// Register operands take the whole register: a uint8 zero-extended, an int8 sign-extended.
	x, y := uint8(200), int8(-2)
	println("adds:", arm.AsmFull("adds {}, {x}, {y}", map[string]interface{}{"x": x, "y": y}))
	println("sign:", int32(arm.AsmFull("movs {}, {y}", map[string]interface{}{"y": y})))

	// Pointer operands are memory: a local variable, and a package variable read and written.
	var r uint32
	arm.AsmFull("str {v}, {r}", map[string]interface{}{"v": 7, "r": &r})
	println("stored:", r)
	for i := 0; i < 3; i++ {
		arm.AsmFull("ldr {}, {c}\n adds {}, #1\n str {}, {c}", map[string]interface{}{"c": &counter})
	}
	regs := map[string]interface{}{"c": &counter} // a map in a variable, built in the call's block
	arm.AsmFull("ldr {}, {c}\n adds {}, #1\n str {}, {c}", regs)
	println("counter:", counter)
}
