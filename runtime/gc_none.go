//go:build gc.none

// The heap of -gc=none: there is none. alloc has no body, so a call to it that survives optimization is an undefined
// symbol at link time, which the build reports as an error (codegen calls a distinct symbol per allocation site, so
// that the error names the site's position).

package runtime

import "unsafe"

// alloc is undefined: a program built with -gc=none must not allocate on the heap.
func alloc(size uintptr) unsafe.Pointer

// GC does nothing: there is no heap.
func GC() {}

// ReadMemStats fills m with zeroes: there is no heap.
func ReadMemStats(m *MemStats) {
	*m = MemStats{}
}

// free does nothing: there is no heap.
func free(p unsafe.Pointer) {}
