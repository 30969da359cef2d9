package main

import "unsafe"

// Allocation-report expectations for unsafe.Pointer (OUT comments, as in escape_cases.go).

// builder records its own address as strings.Builder does, through gc's noescape: an integer kept in a variable and
// converted back to a pointer has no provenance (unsafe.Pointer's rules), so b.addr = b does not make b escape.
type builder struct {
	addr *builder
	n    int
}

func hideAddr(p unsafe.Pointer) unsafe.Pointer {
	x := uintptr(p)
	return unsafe.Pointer(x ^ 0)
}

func (b *builder) check() {
	if b.addr == nil {
		b.addr = (*builder)(hideAddr(unsafe.Pointer(b)))
	}
}

var gptr unsafe.Pointer

func main() {
	var b builder
	b.check()
	println(b.n)
	// Pointer arithmetic in one expression keeps the pointer's provenance.
	var c [4]byte // OUT: object allocated on the heap: escapes at line 33
	gptr = unsafe.Pointer(uintptr(unsafe.Pointer(&c)) + 1)
	var d [4]byte // OUT: object allocated on the heap: escapes at line 35
	gptr = unsafe.Pointer((uintptr(unsafe.Pointer(&d)) &^ 3) + 8)
}
