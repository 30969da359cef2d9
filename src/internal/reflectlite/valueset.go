// Changing values through reflection (Set and its typed forms, which need an addressable value not obtained
// through an unexported field), assignability of one Value to a type, and making new values: New, NewAt, Zero.

package reflectlite

import "unsafe"

// Set assigns x to v; x must be assignable to v's type, and v settable.
func (v Value) Set(x Value) {
	v.mustBeAssignable("Set")
	x.mustBeExported("Set") // a value read through an unexported field must not leak
	x = x.assignTo("reflect.Set", v.typ)
	if x.flag&flagIndir != 0 {
		memmove(v.ptr, x.ptr, v.typ.size)
	} else {
		memmove(v.ptr, unsafe.Pointer(&x.ptr), v.typ.size)
	}
}

// assignTo returns v converted to type dst as an assignment converts it: the same representation for directly
// assignable types, an interface value holding v for an interface type v implements; otherwise it panics.
func (v Value) assignTo(context string, dst *rtype) Value {
	switch {
	case directlyAssignable(dst, v.typ):
		return Value{dst, v.ptr, v.flag&(flagAddr|flagIndir) | v.flag.ro()}
	case implements(dst, v.typ):
		p := unsafe_New(dst.size)
		if v.Kind() != Interface || !v.IsNil() {
			*(*any)(p) = packEface(v)
		}
		return Value{dst, p, flagIndir}
	}
	failAssign(context, v.typ, dst)
	return Value{}
}

// failAssign panics for a value of type t that context cannot assign to type dst.
func failAssign(context string, t, dst *rtype) {
	panic(fullName(context) + ": value of type " + t.String() + " is not assignable to type " + dst.String())
}

// SetBool sets v's value; it panics unless v's kind is Bool and v is settable.
func (v Value) SetBool(x bool) {
	v.mustBeAssignable("SetBool")
	v.mustBe(Bool, "SetBool")
	*(*bool)(v.ptr) = x
}

// SetInt sets v's value; it panics unless v's kind is a signed integer kind and v is settable.
func (v Value) SetInt(x int64) {
	v.mustBeAssignable("SetInt")
	switch v.kind() {
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	default:
		panicValue("SetInt", v.kind())
	}
}

// SetUint sets v's value; it panics unless v's kind is an unsigned integer kind and v is settable.
func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("SetUint")
	switch v.kind() {
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	default:
		panicValue("SetUint", v.kind())
	}
}

// SetFloat sets v's value; it panics unless v's kind is Float32 or Float64 and v is settable.
func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("SetFloat")
	switch v.kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panicValue("SetFloat", v.kind())
	}
}

// SetComplex sets v's value; it panics unless v's kind is Complex64 or Complex128 and v is settable.
func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("SetComplex")
	switch v.kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panicValue("SetComplex", v.kind())
	}
}

// SetString sets v's value; it panics unless v's kind is String and v is settable.
func (v Value) SetString(x string) {
	v.mustBeAssignable("SetString")
	v.mustBe(String, "SetString")
	*(*string)(v.ptr) = x
}

// SetBytes sets v's value; it panics unless v is a settable slice of bytes.
func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("SetBytes")
	v.mustBe(Slice, "SetBytes")
	if v.typ.elem().Kind() != Uint8 {
		panicMethod("SetBytes", " of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

// SetPointer sets v's value; it panics unless v's kind is UnsafePointer and v is settable.
func (v Value) SetPointer(x unsafe.Pointer) {
	v.mustBeAssignable("SetPointer")
	v.mustBe(UnsafePointer, "SetPointer")
	*(*unsafe.Pointer)(v.ptr) = x
}

// SetLen sets the length of the settable slice v; it panics when n is negative or above v's capacity.
func (v Value) SetLen(n int) {
	v.mustBeAssignable("SetLen")
	v.mustBe(Slice, "SetLen")
	s := (*sliceHeader)(v.ptr)
	if n < 0 || uint(n) > uint(s.cap) {
		panic("reflect: slice length out of range in SetLen")
	}
	s.len = uintptr(n)
}

// SetCap sets the capacity of the settable slice v; it panics when n is below v's length or above its capacity.
func (v Value) SetCap(n int) {
	v.mustBeAssignable("SetCap")
	v.mustBe(Slice, "SetCap")
	s := (*sliceHeader)(v.ptr)
	if n < 0 || uint(n) < uint(s.len) || uint(n) > uint(s.cap) {
		panic("reflect: slice capacity out of range in SetCap")
	}
	s.cap = uintptr(n)
}

// New returns a Value for a pointer to a new zero value of type typ.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	return Value{ptrTo(t), unsafe_New(t.size), 0}
}

// NewAt returns a Value for a pointer to a value of type typ at p.
func NewAt(typ Type, p unsafe.Pointer) Value {
	return Value{ptrTo(typ.common()), p, 0}
}

// Zero returns a Value for the zero value of type typ; it is neither addressable nor settable.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	if t.kind&flagDirect != 0 {
		return Value{t, nil, 0}
	}
	return Value{t, unsafe_New(t.size), flagIndir}
}
