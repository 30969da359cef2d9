// unsafe.Slice's checks, as gc's unsafeslice: a negative or too large length, a size that overflows, memory that runs
// past the end of the address space; a nil pointer with length 0 gives a nil slice.
package main

import (
	"math"
	"unsafe"
)

const maxUintptr = 1 << (8 * unsafe.Sizeof(uintptr(0)))

func try(name string, f func()) {
	defer func() { println(name, recover() != nil) }()
	f()
}

func main() {
	var neg int = -1
	try("neg", func() { _ = unsafe.Slice(new(byte), neg) })
	var tooBig uint64 = math.MaxUint64
	try("toobig", func() { _ = unsafe.Slice(new(byte), tooBig) })
	try("ovf8", func() { _ = unsafe.Slice(new(uint64), maxUintptr/8) })
	try("ovf8+1", func() { _ = unsafe.Slice(new(uint64), maxUintptr/8+1) })
	last := (*byte)(unsafe.Pointer(^uintptr(0)))
	try("last1", func() { _ = unsafe.Slice(last, 1) })
	try("last2", func() { _ = unsafe.Slice(last, 2) })
	println(unsafe.Slice((*int)(nil), 0) == nil)
}
