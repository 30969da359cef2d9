// The parts of composite values: lengths and capacities, elements of arrays, slices and strings, struct fields,
// slicing, and making and growing slices (MakeSlice, Append, AppendSlice, Copy).

package reflectlite

import "unsafe"

// Len returns v's length: of an array (or a pointer to one), channel, map, slice or string.
func (v Value) Len() int {
	switch k := v.kind(); k {
	case Array:
		return int((*arrayType)(unsafe.Pointer(v.typ)).len)
	case Chan:
		if p := v.pointer(); p != nil {
			return chanlen(p)
		}
		return 0
	case Map:
		if p := v.pointer(); p != nil {
			return maplen(p)
		}
		return 0
	case Slice:
		return int((*sliceHeader)(v.ptr).len)
	case String:
		return int((*stringHeader)(v.ptr).len)
	case Pointer:
		if e := v.typ.elem(); e.Kind() == Array {
			return int((*arrayType)(unsafe.Pointer(e)).len)
		}
	}
	panicValue("Len", v.kind())
	return 0
}

// Cap returns v's capacity: of an array (or a pointer to one), channel or slice.
func (v Value) Cap() int {
	switch v.kind() {
	case Array:
		return v.Len()
	case Chan:
		if p := v.pointer(); p != nil {
			return chancap(p)
		}
		return 0
	case Slice:
		return int((*sliceHeader)(v.ptr).cap)
	case Pointer:
		if v.typ.elem().Kind() == Array {
			return v.Len()
		}
	}
	panicValue("Cap", v.kind())
	return 0
}

// uint8Type returns the descriptor of uint8, the type of a string's elements.
func uint8Type() *rtype {
	return rtypeOf(uint8(0))
}

// Index returns v's i'th element: of an array, slice or string. It panics when i is out of range.
func (v Value) Index(i int) Value {
	switch v.kind() {
	case Array:
		at := (*arrayType)(unsafe.Pointer(v.typ))
		if i < 0 || uint(i) >= uint(at.len) {
			panic("reflect: array index out of range")
		}
		return v.part(at.elem, uintptr(i)*at.elem.size, v.flag&(flagIndir|flagAddr)|v.flag.ro())
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if i < 0 || uint(i) >= uint(s.len) {
			panic("reflect: slice index out of range")
		}
		et := v.typ.elem()
		return Value{et, add(s.data, uintptr(i)*et.size), flagAddr | flagIndir | v.flag.ro()}
	case String:
		s := (*stringHeader)(v.ptr)
		if i < 0 || uint(i) >= uint(s.len) {
			panic("reflect: string index out of range")
		}
		return Value{uint8Type(), add(s.data, uintptr(i)), flagIndir | v.flag.ro()}
	}
	panicValue("Index", v.kind())
	return Value{}
}

// NumField returns the number of fields of the struct v.
func (v Value) NumField() int {
	v.mustBe(Struct, "NumField")
	return int((*structType)(unsafe.Pointer(v.typ)).numField)
}

// Field returns the i'th field of the struct v. A field with an unexported name is read-only: it can be read but
// neither set nor turned into an interface value.
func (v Value) Field(i int) Value {
	v.mustBe(Struct, "Field")
	st := (*structType)(unsafe.Pointer(v.typ))
	if i < 0 || uint(i) >= uint(st.numField) {
		panic("reflect: Field index out of range")
	}
	f := st.field(uintptr(i))
	fl := v.flag & (flagStickyRO | flagIndir | flagAddr)
	if f.flags&fieldExported == 0 {
		if f.flags&fieldEmbedded != 0 {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	return v.part(f.typ, f.offset, fl)
}

// FieldByIndex returns the nested field that the index sequence selects, through embedded pointers; it panics
// when it meets a nil embedded pointer.
func (v Value) FieldByIndex(index []int) Value {
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.elem().Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// FieldByIndexErr returns the nested field that the index sequence selects, or an error when it meets a nil
// embedded pointer.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.elem().Kind() == Struct {
			if v.IsNil() {
				return Value{}, &errorString{"reflect: indirection through nil pointer to embedded struct field " + v.typ.elem().Name()}
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}

// errorString is an error with a fixed message (package errors imports this one).
type errorString struct {
	s string
}

// Error returns the message.
func (e *errorString) Error() string { return e.s }

// FieldByName returns the struct field with the given name (promoted fields included), or the zero Value.
func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "FieldByName")
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// FieldByNameFunc returns the struct field whose name satisfies match, or the zero Value.
func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := v.typ.FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// Bytes returns the bytes of a byte slice, or of an addressable byte array.
func (v Value) Bytes() []byte {
	switch v.kind() {
	case Slice:
		if v.typ.elem().Kind() == Uint8 {
			return *(*[]byte)(v.ptr)
		}
		panicMethod("Bytes", " of non-byte slice")
	case Array:
		if v.typ.elem().Kind() != Uint8 {
			panicMethod("Bytes", " of non-byte array")
		}
		if v.flag&flagAddr == 0 {
			panicMethod("Bytes", " of unaddressable byte array")
		}
		return unsafe.Slice((*byte)(v.ptr), v.Len())
	}
	panicValue("Bytes", v.kind())
	return nil
}

// Slice returns v[i:j] for an addressable array, a slice or a string.
func (v Value) Slice(i, j int) Value {
	switch v.kind() {
	case String:
		s := (*stringHeader)(v.ptr)
		if i < 0 || j < i || uint(j) > uint(s.len) {
			panicMethod("Slice", ": string slice index out of bounds")
		}
		r := &stringHeader{add(s.data, uintptr(i)), uintptr(j - i)}
		return Value{v.typ, unsafe.Pointer(r), flagIndir | v.flag.ro()}
	case Array, Slice:
		return v.slice(i, j, -1, "Slice")
	}
	panicValue("Slice", v.kind())
	return Value{}
}

// Slice3 returns v[i:j:k] for an addressable array or a slice.
func (v Value) Slice3(i, j, k int) Value {
	if k < 0 {
		panicMethod("Slice3", ": slice index out of bounds")
	}
	return v.slice(i, j, k, "Slice3")
}

// slice returns v[i:j:k] for an addressable array or a slice; k < 0 stands for v's capacity.
func (v Value) slice(i, j, k int, method string) Value {
	var base unsafe.Pointer
	var c uintptr
	var typ, elem *rtype
	switch v.kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panicMethod(method, ": slice of unaddressable array")
		}
		at := (*arrayType)(unsafe.Pointer(v.typ))
		base, c, elem = v.ptr, at.len, at.elem
		typ = sliceOf(elem)
	case Slice:
		s := (*sliceHeader)(v.ptr)
		base, c, typ = s.data, s.cap, v.typ
		elem = typ.elem()
	default:
		panicValue(method, v.kind())
	}
	if k < 0 {
		k = int(c)
	}
	if i < 0 || j < i || k < j || uint(k) > uint(c) {
		panicMethod(method, ": slice index out of bounds")
	}
	r := &sliceHeader{base, uintptr(j - i), uintptr(k - i)}
	if k-i > 0 {
		r.data = add(base, uintptr(i)*elem.size)
	}
	return Value{typ, unsafe.Pointer(r), flagIndir | v.flag.ro()}
}

// MakeSlice returns a new slice of the slice type typ with the given length and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	s := &sliceHeader{unsafe_New(t.elem().size * uintptr(cap)), uintptr(len), uintptr(cap)}
	return Value{t, unsafe.Pointer(s), flagIndir}
}

// grow returns the slice s extended by n elements, in a new array when they do not fit: one of n elements for an
// empty slice, else twice as large while s is below 256 elements and 1.25 times (plus 192) above, as gc's reflect
// grows it (not append's rule: no size classes).
func (s Value) grow(n int) Value {
	h := *(*sliceHeader)(s.ptr)
	i0 := int(h.len)
	i1 := i0 + n
	if i1 > int(h.cap) {
		m := int(h.cap)
		if m == 0 {
			m = n
		}
		for m < i1 {
			if i0 < 256 {
				m += m
			} else {
				m += (m + 3*256) / 4
			}
		}
		size := s.typ.elem().size
		data := unsafe_New(uintptr(m) * size)
		memmove(data, h.data, uintptr(i0)*size)
		h.data, h.cap = data, uintptr(m)
	}
	h.len = uintptr(i1)
	r := new(sliceHeader)
	*r = h
	return Value{s.typ, unsafe.Pointer(r), flagIndir}
}

// Append appends the values x to the slice s and returns the resulting slice, as the append builtin does.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "reflect.Append")
	n := s.Len()
	s = s.grow(len(x))
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice appends the slice t to the slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "reflect.AppendSlice")
	t.mustBe(Slice, "reflect.AppendSlice")
	if s.typ.elem() != t.typ.elem() {
		fail("reflect.AppendSlice: ", s.typ.elem().String(), " != ", t.typ.elem().String())
	}
	ns, nt := s.Len(), t.Len()
	s = s.grow(nt)
	Copy(s.Slice(ns, ns+nt), t)
	return s
}

// Copy copies elements from src into dst until one is exhausted, and returns how many it copied. dst is a slice or
// an addressable array, src a slice or array (a string when dst's elements are bytes), of the same element type.
func Copy(dst, src Value) int {
	dk := dst.kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.mustBeAssignable("reflect.Copy")
	}
	dst.mustBeExported("reflect.Copy")
	sk := src.kind()
	de := dst.typ.elem()
	if sk != Array && sk != Slice && !(sk == String && de.Kind() == Uint8) {
		panic(&ValueError{"reflect.Copy", sk})
	}
	src.mustBeExported("reflect.Copy")
	if sk != String && de != src.typ.elem() {
		fail("reflect.Copy: ", de.String(), " != ", src.typ.elem().String())
	}
	n := dst.Len()
	if m := src.Len(); m < n {
		n = m
	}
	var dp, sp unsafe.Pointer
	if dk == Array {
		dp = dst.ptr
	} else {
		dp = (*sliceHeader)(dst.ptr).data
	}
	switch sk {
	case Array:
		sp = src.addr()
	case Slice:
		sp = (*sliceHeader)(src.ptr).data
	default:
		sp = (*stringHeader)(src.ptr).data
	}
	memmove(dp, sp, uintptr(n)*de.size)
	return n
}
