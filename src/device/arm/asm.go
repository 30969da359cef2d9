//go:build cortexm

// Inline assembly with TinyGo's API. The functions have no body: the compiler turns each call into inline assembly
// (passes/inlineasm.ts, compiler/codegen/asm.ts).

package arm

// Asm runs the given assembly text where it is called; the text must be a constant string. It becomes inline assembly
// with side effects that clobbers memory: the compiler neither removes it nor moves memory accesses across it. It
// has no operands, so it must not change registers the compiler uses (use AsmFull's result register for that):
//
//	arm.Asm("cpsid i")
func Asm(asm string)

// AsmFull runs the given assembly text with operands, and returns the value the assembly leaves in the result
// register. The text must be a constant string; in it, {name} stands for the operand regs[name] and {} for the result
// register (early-clobbered: it shares no register with an operand; the result is 0 when the text has no {}). regs
// must be nil or a map literal with constant string keys, built where it is passed. An integer value is passed in a
// register, extended to 32 bits as its type says; a pointer is passed as the memory it points to (`[r1]`). The
// compiler reads the map: it is never built at run time. Like Asm, the assembly clobbers memory. For example:
//
//	var result uint32
//	arm.AsmFull(`
//	    lsls  {}, {value}, #1
//	    str   {}, {result}
//	`, map[string]interface{}{
//	    "value":  21,
//	    "result": &result,
//	})
func AsmFull(asm string, regs map[string]interface{}) uintptr
