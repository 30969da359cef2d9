// Pointer and slice types of a given element type (reflect.PointerTo, and the []T that slicing an array gives): the
// program's own descriptor when it has one, found in the table the compiler fills in (derivedTypes), else one made
// at run time once and kept, so that the type stays unique and == on Types keeps meaning identity. In a program that
// uses reflect the compiler also emits *T for every defined T whose pointer has methods, so a made *T lacks no
// methods.

package reflectlite

import "unsafe"

// derivedTypes lists the descriptors of the program's unnamed pointer and slice types. Its value is set by the
// compiler (compiler/codegen/typeext.ts), in a program where reflect reads it.
var derivedTypes []*rtype

// madeTypes lists the pointer and slice types made at run time.
var madeTypes []*rtype

// derivedWithExt is a descriptor made at run time: a pointer or slice type, followed by an empty extension.
type derivedWithExt struct {
	ptrType
	ext typeExtension
}

// PointerTo returns the pointer type with element t: PointerTo(int) is *int.
func PointerTo(t Type) Type {
	return ptrTo(t.common())
}

// ptrTo returns the descriptor of *t.
func ptrTo(t *rtype) *rtype {
	return derived(t, Pointer)
}

// sliceOf returns the descriptor of []t.
func sliceOf(t *rtype) *rtype {
	return derived(t, Slice)
}

// derived returns the descriptor of the pointer (kind Pointer) or slice (kind Slice) type with element t.
func derived(t *rtype, k Kind) *rtype {
	for _, list := range [2][]*rtype{derivedTypes, madeTypes} {
		for _, d := range list {
			if d.Kind() == k && (*ptrType)(unsafe.Pointer(d)).elem == t {
				return d
			}
		}
	}
	d := &derivedWithExt{}
	d.elem = t
	if k == Pointer {
		d.kind = uint8(Pointer) | flagComparable | flagDirect
		d.size = unsafe.Sizeof(uintptr(0))
		d.str = "*" + t.str
	} else {
		d.kind = uint8(Slice)
		d.size = unsafe.Sizeof(sliceHeader{})
		d.str = "[]" + t.str
	}
	madeTypes = append(madeTypes, &d.rtype)
	return &d.rtype
}

// SliceOf returns the slice type with element type t: SliceOf(int) is []int.
func SliceOf(t Type) Type {
	return sliceOf(t.common())
}
