// Value: a Go value seen through reflection, its flags (read-only through an unexported field, addressable, stored
// indirectly), and the methods that read it.
//
// Representation: typ is the value's type descriptor; with flagIndir set, ptr points to the value; without it, ptr
// is the value itself, as an interface's data word holds a value of a direct type (one that fits in a pointer:
// pointers, maps, channels, but also small integers and small structs, stored little-endian from the word's first
// byte). Values reached through memory (Elem of a pointer, Field, Index) are indirect; ValueOf gives a direct type's
// value directly. A direct Value's parts (the fields of a small struct) are cut out of the word.

package reflectlite

import "unsafe"

// flag holds a Value's properties.
type flag uint16

// The flags of a Value.
const (
	flagStickyRO flag = 1 << iota // obtained through an unexported, non-embedded field: read-only
	flagEmbedRO                   // obtained through an unexported embedded field: read-only (not inherited by Field)
	flagIndir                     // ptr points to the value
	flagAddr                      // the value is addressable (ptr points to a variable)

	flagRO = flagStickyRO | flagEmbedRO
)

// ro returns the read-only flag a value derived from one with flags f inherits.
func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// Value is the reflection interface to a Go value. The zero Value represents no value: IsValid reports false, and
// most methods panic on it.
type Value struct {
	typ *rtype
	ptr unsafe.Pointer
	flag
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

// Error describes the call, as gc's reflect does.
func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// ValueOf returns a new Value holding the value in the interface i; ValueOf(nil) is the zero Value. What i holds
// escapes to the heap, as with gc: reflect copies values with memmove, whose pointer contents escape analysis does
// not follow, so a Value's contents must never be in a frame.
func ValueOf(i any) Value {
	escapes(i)
	e := (*eface)(unsafe.Pointer(&i))
	if e.typ == nil {
		return Value{}
	}
	if e.typ.kind&flagDirect == 0 {
		return Value{e.typ, e.data, flagIndir}
	}
	return Value{e.typ, e.data, 0}
}

// sink is never changed: the store in escapes makes its argument escape for escape analysis, and LLVM deletes it.
var sink struct {
	b bool
	x any
}

// escapes makes x escape to the heap.
func escapes(x any) {
	if sink.b {
		sink.x = x
	}
}

// addr returns the address of v's value: ptr, or for a value held directly the address of v's own ptr field.
func (v *Value) addr() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return v.ptr
	}
	return unsafe.Pointer(&v.ptr)
}

// pointer returns the pointer a Value of a pointer-shaped kind (pointer, map, channel, unsafe.Pointer) holds.
func (v Value) pointer() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

// part returns the Value of type t at offset off within v's value (a field or an array element), with flags fl.
func (v Value) part(t *rtype, off uintptr, fl flag) Value {
	if v.flag&flagIndir != 0 {
		return Value{t, add(v.ptr, off), fl | flagIndir}
	}
	w := uintptr(v.ptr) >> (off * 8)
	if t.size < unsafe.Sizeof(w) {
		w &= 1<<(t.size*8) - 1
	}
	return Value{t, unsafe.Pointer(w), fl &^ (flagIndir | flagAddr)}
}

// copyVal returns a Value of type t holding a copy of the value at p.
func copyVal(t *rtype, fl flag, p unsafe.Pointer) Value {
	if t.kind&flagDirect != 0 {
		var w unsafe.Pointer
		memmove(unsafe.Pointer(&w), p, t.size)
		return Value{t, w, fl}
	}
	c := unsafe_New(t.size)
	memmove(c, p, t.size)
	return Value{t, c, fl | flagIndir}
}

// Panic messages name the method they come from. Methods of Value are passed by their short names ("Int"), which
// fullName expands: on AVR constant strings take RAM, and the prefix is then stored once rather than in every name.

// fullName returns the name of the method or function m for a message: "reflect.Value.Int" for "Int", anything
// with a dot ("reflect.Copy") as it is.
func fullName(m string) string {
	for i := 0; i < len(m); i++ {
		if m[i] == '.' {
			return m
		}
	}
	return "reflect.Value." + m
}

// panicValue panics with a ValueError for method m called on a Value of kind k.
func panicValue(m string, k Kind) {
	panic(&ValueError{fullName(m), k})
}

// panicMethod panics with the message msg about method m ("reflect.Value.Addr of unaddressable value").
func panicMethod(m, msg string) {
	panic(fullName(m) + msg)
}

// panicUsing panics for method m used on a value it cannot change ("reflect: reflect.Value.SetInt using ...").
func panicUsing(m, what string) {
	panic("reflect: " + fullName(m) + what)
}

// fail panics with the concatenation of parts. Messages are built in functions that end in a panic (fail, and those
// that compute parts of a message), so that the allocation report does not blame the allocations of reflect's panic
// messages on the calls that could panic.
func fail(parts ...string) {
	s := ""
	for _, p := range parts {
		s += p
	}
	panic(s)
}

// kind returns v's kind, Invalid for the zero Value.
func (v Value) kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return v.typ.Kind()
}

// mustBe panics unless v's kind is k.
func (v Value) mustBe(k Kind, method string) {
	if v.kind() != k {
		panicValue(method, v.kind())
	}
}

// mustBeExported panics if v is invalid or was obtained through an unexported field.
func (v Value) mustBeExported(method string) {
	if v.typ == nil {
		panicValue(method, Invalid)
	}
	if v.flag&flagRO != 0 {
		panicUsing(method, " using value obtained using unexported field")
	}
}

// mustBeAssignable panics unless v is addressable and was not obtained through an unexported field.
func (v Value) mustBeAssignable(method string) {
	v.mustBeExported(method)
	if v.flag&flagAddr == 0 {
		panicUsing(method, " using unaddressable value")
	}
}

// Kind returns v's kind; the zero Value's is Invalid.
func (v Value) Kind() Kind { return v.kind() }

// IsValid reports whether v represents a value: it is false for the zero Value.
func (v Value) IsValid() bool { return v.typ != nil }

// Type returns v's type.
func (v Value) Type() Type {
	if v.typ == nil {
		panicValue("Type", Invalid)
	}
	return v.typ
}

// CanAddr reports whether v's address can be obtained with Addr: elements of slices, of addressable arrays, fields
// of addressable structs, and what a pointer points to.
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet reports whether v can be changed: it is addressable and not obtained through an unexported field.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// CanInterface reports whether Interface can be used without panicking: v was not obtained through an unexported
// field.
func (v Value) CanInterface() bool {
	if v.typ == nil {
		panicValue("CanInterface", Invalid)
	}
	return v.flag&flagRO == 0
}

// Interface returns v's value as an interface{}; it panics for a value obtained through an unexported field.
func (v Value) Interface() any {
	if v.typ == nil {
		panicValue("Interface", Invalid)
	}
	if v.flag&flagRO != 0 {
		panicMethod("Interface", ": cannot return value obtained from unexported field or method")
	}
	return packEface(v)
}

// packEface returns v's value as an interface value. An addressable value is copied, so that the interface does
// not change with the variable.
func packEface(v Value) any {
	t := v.typ
	if t.Kind() == Interface {
		return *(*any)(v.ptr) // every interface type has the layout of any
	}
	var i any
	e := (*eface)(unsafe.Pointer(&i))
	switch {
	case t.kind&flagDirect == 0:
		p := v.ptr
		if v.flag&flagAddr != 0 {
			p = unsafe_New(t.size)
			memmove(p, v.ptr, t.size)
		}
		e.data = p
	case v.flag&flagIndir != 0:
		memmove(unsafe.Pointer(&e.data), v.ptr, t.size)
	default:
		e.data = v.ptr
	}
	e.typ = t
	return i
}

// InterfaceData returns the two words of the interface value v: its type descriptor and its data word.
//
// Deprecated: the memory representation of interface values is not compatible with InterfaceData.
func (v Value) InterfaceData() [2]uintptr {
	v.mustBe(Interface, "InterfaceData")
	return *(*[2]uintptr)(v.ptr)
}

// Bool returns v's value; it panics unless v's kind is Bool.
func (v Value) Bool() bool {
	v.mustBe(Bool, "Bool")
	return *(*bool)(v.addr())
}

// Int returns v's value as an int64; it panics unless v's kind is a signed integer kind.
func (v Value) Int() int64 {
	p := v.addr()
	switch v.kind() {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	panicValue("Int", v.kind())
	return 0
}

// Uint returns v's value as a uint64; it panics unless v's kind is an unsigned integer kind.
func (v Value) Uint() uint64 {
	p := v.addr()
	switch v.kind() {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	panicValue("Uint", v.kind())
	return 0
}

// Float returns v's value as a float64; it panics unless v's kind is Float32 or Float64.
func (v Value) Float() float64 {
	p := v.addr()
	switch v.kind() {
	case Float32:
		return float64(*(*float32)(p))
	case Float64:
		return *(*float64)(p)
	}
	panicValue("Float", v.kind())
	return 0
}

// Complex returns v's value as a complex128; it panics unless v's kind is Complex64 or Complex128.
func (v Value) Complex() complex128 {
	p := v.addr()
	switch v.kind() {
	case Complex64:
		return complex128(*(*complex64)(p))
	case Complex128:
		return *(*complex128)(p)
	}
	panicValue("Complex", v.kind())
	return 0
}

// String returns a string value; for any other kind it returns "<T Value>" as gc does (fmt prints Values itself).
func (v Value) String() string {
	if v.kind() == String {
		return *(*string)(v.ptr)
	}
	if v.typ == nil {
		return "<invalid Value>"
	}
	return "<" + v.typ.String() + " Value>"
}

// CanInt reports whether Int can be used without panicking.
func (v Value) CanInt() bool {
	k := v.kind()
	return k >= Int && k <= Int64
}

// CanUint reports whether Uint can be used without panicking.
func (v Value) CanUint() bool {
	k := v.kind()
	return k >= Uint && k <= Uintptr
}

// CanFloat reports whether Float can be used without panicking.
func (v Value) CanFloat() bool {
	k := v.kind()
	return k == Float32 || k == Float64
}

// CanComplex reports whether Complex can be used without panicking.
func (v Value) CanComplex() bool {
	k := v.kind()
	return k == Complex64 || k == Complex128
}

// IsNil reports whether v, of a kind that has nil, is nil; it panics for other kinds.
func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Map, Pointer, UnsafePointer:
		return v.pointer() == nil
	case Func, Interface, Slice:
		// The first word: the code pointer, the dynamic type, the array. A func value's code pointer is in code
		// space (address space 1 on AVR), but its bits read as a pointer all the same.
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panicValue("IsNil", v.kind())
	return false
}

// IsZero reports whether v is the zero value of its type; it panics for the zero Value.
func (v Value) IsZero() bool {
	switch v.kind() {
	case Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
		Float32, Float64, Complex64, Complex128, UnsafePointer:
		// All bits zero: a negative zero float is not the zero value, as in gc.
		p := v.addr()
		for i := uintptr(0); i < v.typ.size; i++ {
			if *(*byte)(add(p, i)) != 0 {
				return false
			}
		}
		return true
	case Chan, Func, Interface, Map, Pointer, Slice:
		return v.IsNil()
	case String:
		return v.Len() == 0
	case Array:
		for i, n := 0, v.Len(); i < n; i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Struct:
		for i, n := 0, v.NumField(); i < n; i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panicValue("IsZero", v.kind())
	return false
}

// Pointer returns v's value as a uintptr, for the kinds that hold a pointer: pointer, channel, map, func (its code),
// slice (its array) and unsafe.Pointer.
func (v Value) Pointer() uintptr {
	return uintptr(v.unsafePointer("Pointer"))
}

// UnsafePointer returns v's value as an unsafe.Pointer, for the kinds Pointer accepts.
func (v Value) UnsafePointer() unsafe.Pointer {
	return v.unsafePointer("UnsafePointer")
}

func (v Value) unsafePointer(method string) unsafe.Pointer {
	switch v.kind() {
	case Chan, Map, Pointer, UnsafePointer:
		return v.pointer()
	case Func, Slice:
		return *(*unsafe.Pointer)(v.ptr)
	}
	panicValue(method, v.kind())
	return nil
}

// UnsafeAddr returns the address of v's value; it panics unless v is addressable.
func (v Value) UnsafeAddr() uintptr {
	if v.typ == nil {
		panicValue("UnsafeAddr", Invalid)
	}
	if v.flag&flagAddr == 0 {
		panicMethod("UnsafeAddr", " of unaddressable value")
	}
	return uintptr(v.ptr)
}

// Addr returns a pointer to v's value; it panics unless v is addressable.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panicMethod("Addr", " of unaddressable value")
	}
	return Value{ptrTo(v.typ), v.ptr, v.flag & flagRO}
}

// Elem returns the value that the interface v holds or that the pointer v points to: the zero Value for a nil
// interface or pointer. It panics for other kinds.
func (v Value) Elem() Value {
	switch v.kind() {
	case Interface:
		e := (*eface)(v.ptr)
		if e.typ == nil {
			return Value{}
		}
		x := Value{e.typ, e.data, v.flag.ro()}
		if e.typ.kind&flagDirect == 0 {
			x.flag |= flagIndir
		}
		return x
	case Pointer:
		p := v.pointer()
		if p == nil {
			return Value{}
		}
		return Value{v.typ.elem(), p, v.flag&flagRO | flagIndir | flagAddr}
	}
	panicValue("Elem", v.kind())
	return Value{}
}

// Indirect returns the value that v points to, or v itself when it is not a pointer.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}
