// Stack overflow detection. A function in a cycle of the call graph (passes/stackcheck.ts) compares the stack pointer
// with stackLimit on entry, after its frame is allocated, and calls stackOverflow below it; chains of calls without
// recursion use a bounded stack, which stackGuard, the room kept below the limit, is sized for. The scheduler sets
// the limit for the goroutine it switches to (scheduler_tasks.go), and also checks the canary word at the bottom of
// every goroutine stack when the goroutine switches out.

package runtime

import "unsafe"

// stackGuard is the room below stackLimit for the frames of the non-recursive calls a checked function makes and for
// reporting the overflow: 64 bytes on AVR (a quarter of its main stack), 256 on Cortex-M, 1024 on the host.
const stackGuard = 16 * unsafe.Sizeof(uintptr(0)) * unsafe.Sizeof(uintptr(0))

// stackLimit is the lowest stack address the running goroutine may reach: its stack's bottom plus stackGuard
// (0 before initialisation: no check fails).
var stackLimit uintptr

func init() {
	mainTask.stackBottom = mainStackBottom()
	stackLimit = mainTask.stackBottom + stackGuard
}

// stackOverflow ends the program when a goroutine has run out of stack, with gc's message and exit status.
func stackOverflow() {
	stackLimit = 0 // the report must not trip the check itself
	fatal("stack overflow")
}
