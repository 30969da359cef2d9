// The runtime's environment, stood in for under gc: hashmap.test.ts copies type.go, alg.go, hashmap.go and
// mapiter.go next to this file and driver.go as package main, and these definitions replace what the rest of the
// runtime (alloc.go, print.go, panic.go) and the targets' C helpers provide. Printing collects text, and panicEnd
// panics with that text as a shimPanic, so the driver can recover the exact message the runtime would print.

package main

import (
	"runtime/debug"
	"unsafe"
)

// keep holds every block alloc returned (the collector is also switched off: the blocks hold pointers it does not
// know about, and interface words whose data is not a pointer).
var keep [][]uint64

// allocs and allocBytes count alloc's calls and bytes.
var allocs, allocBytes uintptr

func init() {
	debug.SetGCPercent(-1)
}

// fakeAlloc makes alloc return a dummy block, recording only its size in lastAlloc (to check sizes too large to
// allocate).
var fakeAlloc bool
var lastAlloc uintptr

// alloc returns size bytes of zeroed memory, 8-byte aligned like the targets' heaps.
func alloc(size uintptr) unsafe.Pointer {
	if fakeAlloc {
		lastAlloc = size
		return unsafe.Pointer(&keep)
	}
	b := make([]uint64, size/8+1)
	keep = append(keep, b)
	allocs++
	allocBytes += size
	return unsafe.Pointer(&b[0])
}

// memmove copies n bytes from src to dst.
func memmove(dst, src unsafe.Pointer, n uintptr) {
	if n != 0 {
		copy(unsafe.Slice((*byte)(dst), n), unsafe.Slice((*byte)(src), n))
	}
}

// memset sets n bytes at dst to c.
func memset(dst unsafe.Pointer, c byte, n uintptr) {
	b := unsafe.Slice((*byte)(dst), n)
	for i := range b {
		b[i] = c
	}
}

// shimPanic is the message a runtime panic printed, from "panic: " to the end.
type shimPanic string

// printed collects what the runtime printed since the last panic.
var printed []byte

func printstring(s string) { printed = append(printed, s...) }

func panicBegin() { printstring("panic: ") }

// Recovery is off: the runtime prints its run-time errors itself, and the shim turns them into shimPanics.
func recoverEnabled() bool { return false }

func gopanic(v any) { panic(v) }

type errorString string

type plainError string

func rundefersAll() {}

func plainPanic(msg string) {
	printstring("panic: ")
	printstring(msg)
	panicEnd()
}

func panicEnd() {
	msg := string(printed)
	printed = printed[:0]
	panic(shimPanic(msg))
}
