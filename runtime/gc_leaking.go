//go:build gc.leaking

// The heap of -gc=leaking: a bump allocator over the region [heapStart(), heapEnd()) that never frees. The startup
// code zeroes the region, so alloc returns zeroed memory without clearing it. Sizes are rounded up to the target's
// largest alignment, which keeps every object aligned given that the heap's start is aligned.

package runtime

import "unsafe"

// heapPtr is the next free heap address; 0 until the first allocation.
var heapPtr uintptr


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

// GC does nothing: the leaking heap never frees.
func GC() {}

// ReadMemStats fills m with the heap's figures: HeapAlloc is the memory handed out so far (objects are not counted).
func ReadMemStats(m *MemStats) {
	*m = MemStats{}
	used := uint64(0)
	if heapPtr != 0 {
		used = uint64(heapPtr - heapStart())
	}
	sys := uint64(heapEnd() - heapStart())
	m.Alloc = used
	m.TotalAlloc = used
	m.Sys = sys
	m.HeapAlloc = used
	m.HeapSys = sys
	m.HeapIdle = sys - used
	m.HeapInuse = used
}

// free does nothing: the bump allocator never reuses memory.
func free(p unsafe.Pointer) {}
