//go:build baremetal

// Interrupt masking on the single-core microcontrollers: the way sync/atomic makes a read-modify-write atomic (and
// later runtime/interrupt's Disable and Restore). The two hooks are assembly in targets/*.s: AVR saves SREG and
// clears its I bit (cli), Cortex-M saves PRIMASK and sets it (cpsid i). Sections masked this way nest: each restores
// the state its own disableInterrupts saw.

package runtime

// disableInterrupts masks interrupts and returns the previous state for restoreInterrupts.
func disableInterrupts() uintptr

// restoreInterrupts puts back the interrupt state that disableInterrupts returned.
func restoreInterrupts(state uintptr)

// registerInterrupt makes handler the handler of interrupt id, as runtime/interrupt.New does for user code: the
// compiler reads the call (passes/interrupts.ts) and builds the vector; the call itself does nothing.
func registerInterrupt(id int, handler func()) {}
