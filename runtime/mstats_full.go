// MemStats on every target but AVR: all of gc's fields, so that code written for gc (runtime/pprof) compiles. tsgo
// fills the heap figures; the others (stacks, spans, pause histories, size classes) stay zero, as tsgo's collector
// does not keep them.

//go:build !avr

package runtime

// MemStats records statistics about the memory allocator, with gc's fields; tsgo fills the heap figures.
type MemStats struct {
	// Alloc is the bytes of heap objects not yet freed (the same as HeapAlloc).
	Alloc uint64
	// TotalAlloc is the bytes allocated for heap objects since the program started (never decreases).
	TotalAlloc uint64
	// Sys is the bytes of memory reserved for the heap, its metadata included.
	Sys uint64
	// Lookups is the number of pointer lookups by the runtime: always 0.
	Lookups uint64
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
	// StackInuse and StackSys are gc's stack spans: 0 (goroutine stacks are heap objects in tsgo).
	StackInuse uint64
	StackSys   uint64
	// MSpanInuse, MSpanSys, MCacheInuse, MCacheSys, BuckHashSys, GCSys and OtherSys are gc's allocator's own
	// structures: 0 (tsgo's collector keeps its metadata in the heap region, counted in Sys).
	MSpanInuse  uint64
	MSpanSys    uint64
	MCacheInuse uint64
	MCacheSys   uint64
	BuckHashSys uint64
	GCSys       uint64
	OtherSys    uint64
	// NextGC is the heap size that triggers the next collection: 0 (tsgo collects when an allocation fails).
	NextGC uint64
	// LastGC, PauseTotalNs, PauseNs and PauseEnd are gc's pause records: 0 (not kept).
	LastGC       uint64
	PauseTotalNs uint64
	PauseNs      [256]uint64
	PauseEnd     [256]uint64
	// NumGC is the number of completed garbage collections.
	NumGC uint32
	// NumForcedGC is the number of collections runtime.GC asked for: 0 (not counted apart).
	NumForcedGC uint32
	// GCCPUFraction is the fraction of CPU time spent collecting: 0 (not measured).
	GCCPUFraction float64
	// EnableGC is left false by tsgo (its collector cannot be disabled, but it does not report it).
	EnableGC bool
	// DebugGC is unused, as in gc.
	DebugGC bool
	// BySize would report allocations per size class: tsgo has none.
	BySize [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}
