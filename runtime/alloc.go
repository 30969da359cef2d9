// The heap: a bump allocator over the region [heapStart(), heapEnd()) that never frees (the "leaking" GC). The
// startup code zeroes the region, so alloc returns zeroed memory without clearing it. Sizes are rounded up to the
// target's largest alignment, which keeps every object aligned given that the heap's start is aligned.

package runtime

import "unsafe"

// heapPtr is the next free heap address; 0 until the first allocation.
var heapPtr uintptr

// heapAlign is the largest alignment of any type on the target (1 on AVR, 8 elsewhere).
const heapAlign = unsafe.Alignof(uint64(0))

// alloc returns size bytes of zeroed heap memory, or ends the program with "fatal error: out of memory".
func alloc(size uintptr) unsafe.Pointer {
	if heapPtr == 0 {
		heapPtr = heapStart()
	}
	p := heapPtr
	size = (size + heapAlign - 1) &^ (heapAlign - 1)
	if size > heapEnd()-p {
		fatal("out of memory")
	}
	heapPtr = p + size
	return unsafe.Pointer(p)
}

// memmove copies n bytes from src to dst; the regions may overlap. It is the C library's memmove, which every
// target's startup file provides (LLVM lowers its own memory intrinsics to the same function).
//
//go:noescape
//export memmove
func memmove(dst, src unsafe.Pointer, n uintptr)

// memset sets the n bytes at dst to c. Like memmove it is the C library's, from every target's startup file.
//
//go:noescape
//export memset
func memset(dst unsafe.Pointer, c byte, n uintptr)
