// Value: an atomically loaded and stored interface value, which must keep one concrete type.

package atomic

import "unsafe"

// A Value provides an atomic load and store of a consistently typed value. The zero value for a Value returns nil
// from Load. Once Store has been called, a Value must not be copied.
type Value struct {
	v any
}

// typeOf returns the type word of an interface value: tsgo's interfaces are {type descriptor, data word}, and the
// descriptor's address is the type's identity.
func typeOf(x *any) unsafe.Pointer {
	return (*[2]unsafe.Pointer)(unsafe.Pointer(x))[0]
}

// Load returns the value set by the most recent Store. It returns nil if there has been no call to Store for this
// Value.
func (v *Value) Load() (val any) {
	state := disableInterrupts()
	val = v.v
	restoreInterrupts(state)
	return
}

// Store sets the value of the Value v to val. All calls to Store for a given Value must use values of the same
// concrete type. Store of an inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	state := disableInterrupts()
	consistent := v.v == nil || typeOf(&v.v) == typeOf(&val)
	if consistent {
		v.v = val
	}
	restoreInterrupts(state)
	if !consistent {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
}

// Swap stores new into Value and returns the previous value. It returns nil if the Value is empty. All calls to
// Swap for a given Value must use values of the same concrete type. Swap of an inconsistent type panics, as does
// Swap(nil).
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	state := disableInterrupts()
	consistent := v.v == nil || typeOf(&v.v) == typeOf(&new)
	if consistent {
		old, v.v = v.v, new
	}
	restoreInterrupts(state)
	if !consistent {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value. All calls to CompareAndSwap for a given
// Value must use values of the same concrete type. CompareAndSwap of an inconsistent type panics, as does
// CompareAndSwap(old, nil).
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && typeOf(&old) != typeOf(&new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	state := disableInterrupts()
	cur := v.v
	if cur != nil && typeOf(&cur) != typeOf(&new) {
		restoreInterrupts(state)
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if cur == old {
		v.v = new
		swapped = true
	}
	restoreInterrupts(state)
	return
}
