//go:build baremetal

// runtime.Breakpoint on the boards, which tsgo's runtime gives no trap instruction of its own (a bkpt without a
// debugger attached is a HardFault on Cortex-M, and AVR's break is a no-op for the simulator): the program ends as on a
// fatal error, so that a call meant to stop it never passes unnoticed.

package runtime

// Breakpoint would trap to a debugger; on the boards it ends the program with "fatal error: breakpoint" (exit
// status 2).
func Breakpoint() {
	fatal("breakpoint")
}
