//go:build avr

// Inline assembly with TinyGo's API. The functions have no body: the compiler turns each call into inline assembly
// (passes/inlineasm.ts, compiler/codegen/asm.ts).

package avr

// Asm runs the given assembly text where it is called; the text must be a constant string. It becomes inline assembly
// with side effects that clobbers memory: the compiler neither removes it nor moves memory accesses across it. It
// has no operands, so it must not change registers the compiler uses (use AsmFull's result register for that):
//
//	avr.Asm("sei")
func Asm(asm string)

// AsmFull runs the given assembly text with operands, and returns the value the assembly leaves in the result
// register. The text must be a constant string; in it, {name} stands for the operand regs[name] and {} for the result
// register, one register zero-extended to uintptr (early-clobbered: it shares no register with an operand; the
// result is 0 when the text has no {}). regs must be nil or a map literal with constant string keys, built where it
// is passed. An integer value of up to 16 bits is passed in one register or a pair ({name} names the low one); a
// wider constant (an untyped constant is an int) in the narrowest of 8 or 16 bits that holds it. Operand and result
// registers are upper registers (r16-r31), which ldi, subi, cpi, andi and ori take. A pointer is passed as the memory
// it points to (`Z`, for ld and st). The compiler reads the map: it is never built at run time. Like Asm, the
// assembly clobbers memory. For example, to read PINB into a variable:
//
//	var pins uint8
//	avr.AsmFull("in {}, 0x03\n st {pins}, {}", map[string]interface{}{"pins": &pins})
func AsmFull(asm string, regs map[string]interface{}) uintptr
