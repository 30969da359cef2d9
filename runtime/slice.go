// Slices: growing the backing array for append, and make's range errors. growslice follows gc 1.19's growth rule
// (double the capacity below 256 elements, then grow by about 1.25x) and rounds the new array up to gc's allocation
// size classes, so that cap() after append prints what a gc-compiled program prints.

package runtime

import "unsafe"

// growslice returns a new zeroed backing array holding the len elements of the array at ptr (elemSize bytes each)
// with room for at least newLen elements, and its capacity.
func growslice(ptr unsafe.Pointer, len, cap, newLen, elemSize uintptr) (unsafe.Pointer, uintptr) {
	// A length beyond half the address space (or a sum that wrapped around) cannot be allocated.
	maxLen := (^uintptr(0) >> 1) / (elemSize + 1)
	if newLen > maxLen || newLen < len {
		runtimeError("growslice: cap out of range")
	}
	newcap := cap
	doublecap := newcap + newcap
	if newLen > doublecap {
		newcap = newLen
	} else {
		const threshold = 256
		if cap < threshold {
			newcap = doublecap
		} else {
			for newcap < newLen {
				newcap += (newcap + 3*threshold) / 4
			}
		}
	}
	if newcap > maxLen || newcap < newLen {
		newcap = newLen
	}
	if elemSize == 0 {
		return ptr, newcap
	}
	mem := roundupsize(newcap * elemSize)
	p := alloc(mem)
	memmove(p, ptr, len*elemSize)
	return p, mem / elemSize
}

// roundupsize rounds an allocation size up to gc's size class for it (runtime/sizeclasses.go): multiples of 8 up to
// 32 bytes, of 16 up to 256, then the classes' irregular steps, and whole 8 KiB pages beyond 32 KiB.
func roundupsize(size uintptr) uintptr {
	switch {
	case size <= 32:
		return (size + 7) &^ 7
	case size <= 256:
		return (size + 15) &^ 15
	case size <= 512:
		return (size + 31) &^ 31
	case size <= 768:
		return (size + 63) &^ 63
	case size <= 1536:
		return (size + 127) &^ 127
	case size <= 2048:
		return (size + 255) &^ 255
	}
	if unsafe.Sizeof(uintptr(0)) > 2 {
		// The classes between 2 KiB and 32 KiB (never reached on AVR, whose RAM is 2 KiB).
		for i := 0; i < len(largeSizeClasses); i++ {
			if size <= uintptr(largeSizeClasses[i]) {
				return uintptr(largeSizeClasses[i])
			}
		}
	}
	return (size + 8191) &^ 8191
}

// largeSizeClasses are gc's size classes above 2 KiB.
var largeSizeClasses = [...]uint16{2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472,
	9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768}

// panicMakeSliceLen reports a make([]T, len) with a negative or too large length.
func panicMakeSliceLen() {
	runtimeError("makeslice: len out of range")
}

// panicMakeSliceCap reports a make([]T, len, cap) whose capacity is negative, too large or below len.
func panicMakeSliceCap() {
	runtimeError("makeslice: cap out of range")
}

// panicUnsafeSliceLen reports an unsafe.Slice or unsafe.String with a negative or too large length.
func panicUnsafeSliceLen() {
	runtimeError("unsafe.Slice: len out of range")
}

// panicUnsafeSliceNil reports an unsafe.Slice or unsafe.String of a nil pointer with a non-zero length.
func panicUnsafeSliceNil() {
	runtimeError("unsafe.Slice: ptr is nil and len is not zero")
}
