// MemStats on AVR: the heap figures tsgo keeps, without gc's pause histories and per-size-class tables, which alone
// would take more than the chip's RAM (a MemStats lives in its caller's frame).

//go:build avr

package runtime

// MemStats records statistics about the memory allocator, with gc's field names and types. It holds the heap
// figures tsgo keeps; gc's pause histories and per-size-class tables are left out (they alone would take more than
// the RAM).
type MemStats struct {
	// Alloc is the bytes of heap objects not yet freed (the same as HeapAlloc).
	Alloc uint64
	// TotalAlloc is the bytes allocated for heap objects since the program started (never decreases).
	TotalAlloc uint64
	// Sys is the bytes of memory reserved for the heap, its metadata included.
	Sys uint64
	// Mallocs is the number of heap objects allocated.
	Mallocs uint64
	// Frees is the number of heap objects freed.
	Frees uint64
	// HeapAlloc is the bytes of heap objects not yet freed, in the allocator's units (whole blocks).
	HeapAlloc uint64
	// HeapSys is the bytes of the heap's object space.
	HeapSys uint64
	// HeapIdle is the bytes of the heap's object space held by no object.
	HeapIdle uint64
	// HeapInuse is the bytes of the heap's object space held by objects.
	HeapInuse uint64
	// HeapReleased is the bytes returned to the operating system: always 0.
	HeapReleased uint64
	// HeapObjects is the number of heap objects not yet freed.
	HeapObjects uint64
	// NumGC is the number of completed garbage collections.
	NumGC uint32
}
