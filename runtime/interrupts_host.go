//go:build !baremetal

// Interrupt masking on the host: a tsgo program is one thread of one process and its goroutines switch only when
// they block, so no code can run between the steps of a read-modify-write; the hooks do nothing and are inlined
// away. See interrupts.go for the microcontrollers.

package runtime

// disableInterrupts masks interrupts and returns the previous state for restoreInterrupts: nothing to mask here.
func disableInterrupts() uintptr { return 0 }

// restoreInterrupts puts back the interrupt state that disableInterrupts returned: nothing to restore here.
func restoreInterrupts(state uintptr) {}
