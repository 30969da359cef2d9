// Swapper: the function sort.Slice swaps elements with, for a slice of any element type.

package reflectlite

import "unsafe"

// Swapper returns a function that swaps the elements at i and j of the slice s; it panics if s is not a slice.
func Swapper(s any) func(i, j int) {
	v := ValueOf(s)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	h := (*sliceHeader)(v.ptr)
	n := uint(h.len)
	data := h.data
	size := v.typ.elem().size
	if size == unsafe.Sizeof(uintptr(0)) && v.typ.elem().Align() == int(unsafe.Alignof(uintptr(0))) {
		// A word (an int on the host and Cortex-M, a pointer): swapped as a word, without a buffer.
		return func(i, j int) {
			if uint(i) >= n || uint(j) >= n {
				panic("reflect: slice index out of range")
			}
			a := (*uintptr)(add(data, uintptr(i)*size))
			b := (*uintptr)(add(data, uintptr(j)*size))
			*a, *b = *b, *a
		}
	}
	tmp := unsafe_New(size)
	return func(i, j int) {
		if uint(i) >= n || uint(j) >= n {
			panic("reflect: slice index out of range")
		}
		a := add(data, uintptr(i)*size)
		b := add(data, uintptr(j)*size)
		memmove(tmp, a, size)
		memmove(a, b, size)
		memmove(b, tmp, size)
	}
}
