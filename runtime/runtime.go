// Package runtime is tsgo's Go runtime: printing for print/println, panics and the run-time error messages of gc,
// string comparison, a bump heap allocator, type descriptors, maps, and hashing and == driven by type descriptors.
// It is compiled by tsgo itself and uses only the language subset the compiler supports (functions, integers, bools,
// string constants, pointers, unsafe.Pointer conversions, globals, for/if/switch). The code generator calls the
// functions listed in compiler/codegen/runtimecalls.ts (and, for maps, those of hashmap.go's header); their Go
// signatures here are that ABI.
//
// This file declares the platform hooks: bodyless functions implemented in per-target assembly (targets/), called
// with the C calling convention of their LLVM signatures.
package runtime

// putchar writes one byte to the console (UART0 on the boards, stdout on the host). LLVM: void @runtime.putchar(i8).
func putchar(c byte)

// exit ends the program with an exit code and never returns. LLVM: void @runtime.exit(i32).
func exit(code int32)

// heapStart returns the first address of the heap region. The startup code zeroes the region, and the linker script
// aligns its start to the target's maximum alignment.
func heapStart() uintptr

// heapEnd returns the address just past the heap region.
func heapEnd() uintptr

// globalsStart returns the address of the first package variable (the start of .data; on AVR .data holds .rodata
// too): with globalsEnd it bounds the garbage collector's global roots.
func globalsStart() uintptr

// globalsEnd returns the address just past the last package variable (the end of .bss).
func globalsEnd() uintptr

// mainStackTop returns the address just past the top of the main goroutine's stack: the linker script's _stack_top
// on the boards, the stack pointer _start received on the host.
func mainStackTop() uintptr

// tsgo_scanCurrentStack pushes the callee-saved registers on the running task's stack and calls
// markCurrentStack(sp) with the resulting stack pointer, so that the garbage collector sees the pointers held in
// registers as stack words (implemented in targets/*.s; see markStacks).
//
//export tsgo_scanCurrentStack
func tsgo_scanCurrentStack()
