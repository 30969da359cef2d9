// Stack overflow detection. A function in a cycle of the call graph (passes/stackcheck.ts) compares the stack pointer
// with stackLimit on entry, after its frame is allocated, and calls stackOverflow below it; chains of calls without
// recursion use a bounded stack, which stackGuard, the room kept below the limit, is sized for. The scheduler sets
// the limit for the goroutine it switches to (scheduler_tasks.go), and also checks the canary word at the bottom of
// every goroutine stack when the goroutine switches out.

package runtime

import "unsafe"

// stackGuard is the room below stackLimit for the frames of the non-recursive calls a checked function makes: an
// allocation that collects garbage is the usual deepest (70 bytes on AVR, 164 on Cortex-M, 248 on the host, as the
// stack analysis measures them). 96 bytes on AVR (a quarter of its main stack), 128 pointers elsewhere (512 bytes on
// Cortex-M, 1 KiB on the host). Reporting the overflow needs none: tsgo_stackOverflow moves to the stack's top.
const stackGuard = 48*ptrSize*(2/ptrSize) + 128*ptrSize*(1-2/ptrSize)

const ptrSize = unsafe.Sizeof(uintptr(0))

// stackLimit is the lowest stack address the running goroutine may reach: its stack's bottom plus stackGuard. On the
// boards both start out with the main stack's values (compiler/codegen/stack.ts defines them from the linker
// script's symbols); on the host they are set by initStackLimit (until then, no check fails). stackRoom is the distance from it to the stack's top: a checked
// function's stack pointer minus stackLimit, as an unsigned number, is below stackRoom exactly when the pointer is
// inside the stack, so a frame larger than the whole stack, which makes the pointer wrap around, is caught too.
var (
	stackLimit uintptr
	stackRoom  = ^uintptr(0)
)

// initStackLimit sets the main stack's limit on the host; the program's entry calls it first, in a program with
// stack checks.
func initStackLimit() {
	setMainStack()
	setStackLimit(&mainTask)
}

// setMainStack records the main stack's bounds in mainTask, for the switches back to main. On the boards the entry
// runs no code for the stack, so the scheduler records them when a goroutine starts, before any switch.
func setMainStack() {
	mainTask.stackBottom = mainStackBottom()
	mainTask.stackTop = mainStackTop()
}

// setStackLimit makes t's stack the one the checks compare with.
func setStackLimit(t *task) {
	stackLimit = t.stackBottom + stackGuard
	stackRoom = t.stackTop - stackLimit
}

// tsgo_stackOverflow is where a failed check goes (targets/*.s): it moves the stack pointer back to the top of the
// main stack, since the overflowing stack pointer may point outside memory, and calls stackOverflow.
//
//export tsgo_stackOverflow
func tsgo_stackOverflow()

// stackOverflow ends the program when a goroutine has run out of stack, with gc's message and exit status.
//
//export runtime.stackOverflow
func stackOverflow() {
	stackLimit, stackRoom = 0, ^uintptr(0) // the report must not trip the check itself
	fatal("stack overflow")
}
