// The defer/recover benchmark: a checked division that turns a division by zero into an error with defer and
// recover, and a "lock" released by a deferred call, run over 64 operand pairs of which every eighth divides by
// zero. The hot loop is bracketed by mark(1) and mark(2), which the bench runner times on AVR. The C equivalent,
// deferrecover.c, checks the divisor before dividing and releases the lock on every path, as C code would.
package main

import "unsafe"

// mark writes v to GPIOR0 on AVR (see dispatch.go).
func mark(v uint8) {
	if unsafe.Sizeof(uintptr(0)) == 2 {
		*(*uint8)(unsafe.Pointer(uintptr(0x3e))) = v
	}
}

var locked, maxLocked int16

func lock() {
	locked++
	if locked > maxLocked {
		maxLocked = locked
	}
}

func unlock() { locked-- }

// safeDiv returns a / b, or ok == false when b is zero (the run-time panic is recovered).
func safeDiv(a, b int16) (q int16, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	lock()
	defer unlock()
	return a / b, true
}

func main() {
	mark(1)
	var sum int32
	failures := 0
	for i := int16(0); i < 64; i++ {
		q, ok := safeDiv(1000+i*37, i%8)
		if !ok {
			failures++
			continue
		}
		sum += int32(q)
	}
	mark(2)
	println(sum, failures, locked, maxLocked)
}
