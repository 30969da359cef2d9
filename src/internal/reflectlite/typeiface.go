// The Type interface and the methods of Type that only some kinds answer: element, key and length of composite
// types, a channel's direction, a function's parameters and results.

package reflectlite

import "unsafe"

// Type is the representation of a Go type. Its values are the descriptors the compiler emits (one per type
// identity), so two Types are equal exactly when they represent identical types. Methods that apply only to some
// kinds panic for the others, as gc's do.
type Type interface {
	// Align returns the alignment in bytes of a value of this type in memory.
	Align() int
	// FieldAlign returns the alignment in bytes of a value of this type as a struct field.
	FieldAlign() int
	// Method returns the i'th method of the type's method set (exported methods only, sorted by name; for an
	// interface type, all its methods). Its Func is the zero Value: methods cannot be called through tsgo's reflect.
	Method(int) Method
	// MethodByName returns the method of that name in the type's method set, and whether there is one.
	MethodByName(string) (Method, bool)
	// NumMethod returns the number of exported methods in the type's method set (all methods for an interface).
	NumMethod() int
	// Name returns a defined or predeclared type's name within its package, "" for other types.
	Name() string
	// PkgPath returns a defined type's package path, "" for predeclared and unnamed types.
	PkgPath() string
	// Size returns the number of bytes a value of the type takes.
	Size() uintptr
	// String returns the type as Go source spells it, with package names as qualifiers.
	String() string
	// Kind returns the specific kind of this type.
	Kind() Kind
	// Implements reports whether the type implements the interface type u.
	Implements(u Type) bool
	// AssignableTo reports whether a value of the type is assignable to type u.
	AssignableTo(u Type) bool
	// ConvertibleTo reports whether a value of the type is convertible to type u.
	ConvertibleTo(u Type) bool
	// Comparable reports whether values of this type are comparable.
	Comparable() bool
	// Bits returns the size of a numeric type in bits.
	Bits() int
	// ChanDir returns a channel type's direction.
	ChanDir() ChanDir
	// IsVariadic reports whether a function type's final parameter is a "..." parameter.
	IsVariadic() bool
	// Elem returns the element type of an array, channel, map, pointer or slice type.
	Elem() Type
	// Field returns a struct type's i'th field.
	Field(i int) StructField
	// FieldByIndex returns the nested field that the index sequence selects.
	FieldByIndex(index []int) StructField
	// FieldByName returns the struct field with the given name (promoted fields included), and whether it exists.
	FieldByName(name string) (StructField, bool)
	// FieldByNameFunc returns the struct field whose name satisfies match, searched as FieldByName does.
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	// In returns the type of a function type's i'th parameter.
	In(i int) Type
	// Key returns a map type's key type.
	Key() Type
	// Len returns an array type's length.
	Len() int
	// NumField returns a struct type's number of fields.
	NumField() int
	// NumIn returns a function type's number of parameters.
	NumIn() int
	// NumOut returns a function type's number of results.
	NumOut() int
	// Out returns the type of a function type's i'th result.
	Out(i int) Type

	common() *rtype
	uncommon() *uncommonType
}

// panicKind panics for a Type method called on a type of a kind it does not apply to; kinds names those it applies
// to ("map"). Each caller passes its own strings, so that only the messages of reachable methods take memory.
func (t *rtype) panicKind(method, kinds string) {
	fail("reflect: ", method, " of non-", kinds, " type ", t.String())
}

// Elem returns the element type of an array, channel, map, pointer or slice type.
func (t *rtype) Elem() Type {
	return toType(t.elem())
}

// elem returns the element type's descriptor; it panics for other kinds.
func (t *rtype) elem() *rtype {
	switch t.Kind() {
	case Pointer, Slice:
		return (*ptrType)(unsafe.Pointer(t)).elem
	case Array:
		return (*arrayType)(unsafe.Pointer(t)).elem
	case Chan:
		return (*chanType)(unsafe.Pointer(t)).elem
	case Map:
		return (*mapType)(unsafe.Pointer(t)).elem
	}
	fail("reflect: Elem of invalid type ", t.String())
	return nil
}

// Key returns a map type's key type.
func (t *rtype) Key() Type {
	if t.Kind() != Map {
		t.panicKind("Key", "map")
	}
	return toType((*mapType)(unsafe.Pointer(t)).key)
}

// Len returns an array type's length.
func (t *rtype) Len() int {
	if t.Kind() != Array {
		t.panicKind("Len", "array")
	}
	return int((*arrayType)(unsafe.Pointer(t)).len)
}

// ChanDir returns a channel type's direction.
func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		t.panicKind("ChanDir", "chan")
	}
	return ChanDir((*chanType)(unsafe.Pointer(t)).dir)
}

// funcExt returns a func type's extension; it panics for other kinds.
func (t *rtype) funcExt(method string) *funcTypeExt {
	if t.Kind() != Func {
		t.panicKind(method, "func")
	}
	return (*funcTypeExt)(typeExt(t))
}

// param returns the i'th of a func type's parameters followed by its results.
func (x *funcTypeExt) param(i int) *rtype {
	return *(**rtype)(add(unsafe.Pointer(x.params), uintptr(i)*unsafe.Sizeof(x.params)))
}

// IsVariadic reports whether a function type's final parameter is a "..." parameter (of type []T).
func (t *rtype) IsVariadic() bool {
	return t.funcExt("IsVariadic").numOut&funcVariadic != 0
}

// NumIn returns a function type's number of parameters.
func (t *rtype) NumIn() int {
	return int(t.funcExt("NumIn").numIn)
}

// NumOut returns a function type's number of results.
func (t *rtype) NumOut() int {
	return int(t.funcExt("NumOut").numOut &^ funcVariadic)
}

// In returns the type of a function type's i'th parameter.
func (t *rtype) In(i int) Type {
	x := t.funcExt("In")
	if i < 0 || i >= int(x.numIn) {
		panic("reflect: In of index out of range")
	}
	return toType(x.param(i))
}

// Out returns the type of a function type's i'th result.
func (t *rtype) Out(i int) Type {
	x := t.funcExt("Out")
	if i < 0 || i >= int(x.numOut&^funcVariadic) {
		panic("reflect: Out of index out of range")
	}
	return toType(x.param(int(x.numIn) + i))
}
