// The runtime's services reflect uses. These declarations have no body: the runtime defines their symbols with
// //go:linkname (runtime/reflect.go), and every pointer to a runtime structure crosses as an unsafe.Pointer.

package reflectlite

import "unsafe"

// unsafe_New returns size bytes of zeroed memory from the heap, aligned for any type.
func unsafe_New(size uintptr) unsafe.Pointer

// memmove copies n bytes from src to dst; the regions may overlap.
func memmove(dst, src unsafe.Pointer, n uintptr)

// maplen returns the number of entries of the map m (a *runtime.hashmap, non-nil).
func maplen(m unsafe.Pointer) int

// mapaccess returns the address of key's value in the non-nil map m, or nil when m has no such key.
func mapaccess(m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer

// mapassign returns the address of key's value in m, inserting key with a zero value when it is absent; a nil m
// panics as an assignment to a nil map does.
func mapassign(m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer

// mapdelete removes key from the non-nil map m.
func mapdelete(m unsafe.Pointer, key unsafe.Pointer)

// mapmake makes a map of the map type whose runtime.maptype is mt, with room for hint entries.
func mapmake(mt unsafe.Pointer, hint int) unsafe.Pointer

// mapiterinit starts an iteration over m (nil for a nil map) in the zeroed hiter it.
func mapiterinit(m unsafe.Pointer, it unsafe.Pointer)

// mapiternext advances the iteration it to the next entry and reports whether there was one.
func mapiternext(it unsafe.Pointer) bool

// chanlen returns the number of elements buffered in the channel c (a *runtime.hchan, non-nil).
func chanlen(c unsafe.Pointer) int

// chancap returns the buffer capacity of the channel c.
func chancap(c unsafe.Pointer) int

// makechan makes a channel of elements of elemSize bytes with a buffer of size elements.
func makechan(elemSize uintptr, size int) unsafe.Pointer

// chansend sends the value at elem on c, blocking until it is taken.
func chansend(c unsafe.Pointer, elem unsafe.Pointer)

// chanrecv receives a value from c into elem, blocking until there is one, and reports whether a send delivered it
// (false once c is closed and drained).
func chanrecv(c unsafe.Pointer, elem unsafe.Pointer) bool

// chantrysend sends the value at elem on the non-nil c if that can be done without blocking, and reports whether
// it did.
func chantrysend(c unsafe.Pointer, elem unsafe.Pointer) bool

// chantryrecv receives from the non-nil c into elem if that can be done without blocking: whether it did, and
// whether a send delivered the value.
func chantryrecv(c unsafe.Pointer, elem unsafe.Pointer) (done bool, ok bool)

// chanclose closes c.
func chanclose(c unsafe.Pointer)

// hiter is runtime.hiter, the state of a map iteration.
type hiter struct {
	key    unsafe.Pointer // the current key, after mapiternext returned true
	value  unsafe.Pointer // the current value
	m      unsafe.Pointer
	data   unsafe.Pointer
	cap    uintptr
	i      uintptr
	clears uint8
}

// sliceHeader is the layout of a slice value (lengths are uintptr-sized: 16 bits on AVR).
type sliceHeader struct {
	data unsafe.Pointer
	len  uintptr
	cap  uintptr
}

// stringHeader is the layout of a string value.
type stringHeader struct {
	data unsafe.Pointer
	len  uintptr
}
