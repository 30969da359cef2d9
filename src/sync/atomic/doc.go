// Package atomic provides low-level atomic memory primitives, with the API of Go 1.19's sync/atomic, for the
// single-core targets of tsgo.
//
// An operation is atomic because nothing else can run while it does: it masks interrupts around its read-modify-write
// (the runtime's disableInterrupts and restoreInterrupts, per target: AVR clears SREG's I bit, Cortex-M sets
// PRIMASK; on the host, a single thread, they do nothing), and goroutines switch only when they block. So these are
// safe to use between goroutines and interrupt handlers alike, for any size of value: a 64-bit load on AVR takes
// eight instructions and is masked like the rest.
package atomic

import "unsafe"

// disableInterrupts masks interrupts and returns the previous state for restoreInterrupts.
//
//go:linkname disableInterrupts runtime.disableInterrupts
func disableInterrupts() uintptr

// restoreInterrupts puts back the state disableInterrupts returned.
//
//go:linkname restoreInterrupts runtime.restoreInterrupts
func restoreInterrupts(state uintptr)

// integer is the set of types Add operates on.
type integer interface {
	~int32 | ~int64 | ~uint32 | ~uint64 | ~uintptr
}

// value is the set of types Load, Store, Swap and CompareAndSwap operate on.
type value interface {
	integer | unsafe.Pointer
}

// The generic operations below are stenciled per type: each of the API's functions is the code one would write for
// its type by hand.

func swap[T value](addr *T, new T) (old T) {
	state := disableInterrupts()
	old = *addr
	*addr = new
	restoreInterrupts(state)
	return
}

func compareAndSwap[T value](addr *T, old, new T) (swapped bool) {
	state := disableInterrupts()
	if *addr == old {
		*addr = new
		swapped = true
	}
	restoreInterrupts(state)
	return
}

func add[T integer](addr *T, delta T) (new T) {
	state := disableInterrupts()
	new = *addr + delta
	*addr = new
	restoreInterrupts(state)
	return
}

func load[T value](addr *T) (val T) {
	state := disableInterrupts()
	val = *addr
	restoreInterrupts(state)
	return
}

func store[T value](addr *T, val T) {
	state := disableInterrupts()
	*addr = val
	restoreInterrupts(state)
}
