// The errors of device/arm's Asm and AsmFull about their arguments, each at its call (compiler/build/asm.test.ts
// checks that every line with an ERROR comment gets exactly that error, at the call's parenthesis, and that no other
// error is reported). errors_avr.go has the others.
package main

import "device/arm"

var text = "nop"

var global = map[string]interface{}{"x": 1}

func keyed(key string) uintptr {
	return arm.AsmFull("movs {}, {k}", map[string]interface{}{key: 1}) // ERROR "not yet supported: device/arm.AsmFull with a register name that is not a constant string"
}

func main() {
	arm.Asm(text)                                                    // ERROR "device/arm.Asm: the assembly must be a constant string"
	arm.AsmFull(text, nil)                                           // ERROR "device/arm.AsmFull: the assembly must be a constant string"
	arm.AsmFull("movs {}, {x}", global)                              // ERROR "not yet supported: device/arm.AsmFull with a register map that is not a map literal"
	arm.AsmFull("movs {}, {y}", map[string]interface{}{"x": 1})      // ERROR "device/arm.AsmFull: unknown register name: y"
	arm.AsmFull("movs {}, {s}", map[string]interface{}{"s": "text"}) // ERROR "not yet supported: device/arm.AsmFull: {s} of type string (only integers and pointers can be operands)"
	var i interface{} = 3
	arm.AsmFull("movs {}, {i}", map[string]interface{}{"i": i}) // ERROR "not yet supported: device/arm.AsmFull: the value of {i} is an interface value, not an integer or a pointer"
	m := map[string]interface{}{"x": 1}
	arm.AsmFull("movs {}, {x}", m) // ERROR "not yet supported: device/arm.AsmFull with a register map that is not a map literal used only by the call"
	println(len(m), keyed("k"))
}
