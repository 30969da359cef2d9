// The C library's memory functions, which every target's startup file provides (LLVM lowers its own memory
// intrinsics to the same functions), for every choice of garbage collector.

package runtime

import "unsafe"

// heapAlign is the largest alignment of any type on the target (1 on AVR, 8 elsewhere): heap objects and channel
// buffers are aligned to it.
const heapAlign = unsafe.Alignof(uint64(0))

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
