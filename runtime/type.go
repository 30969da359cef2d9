// Type descriptors: the run-time description of a Go type that codegen emits (compiler/codegen/typedesc.ts) for every
// type that can be seen dynamically: the dynamic types of interface values (whose descriptor address is the
// interface's type word), the key types of maps hashed generically, and the types they are built from. The layouts
// below are the ABI between codegen and the runtime: codegen builds each descriptor as a constant of these very Go
// struct types, so a change here changes what codegen emits. Package reflect (src/internal/reflectlite) reads the same
// records through its own copies of these structs.
//
// Every descriptor starts with a _type header; the kind-specific part follows it (ptrType, arrayType, ...), as in
// gc's runtime. Descriptors are unique per type identity, so two types are identical exactly when their descriptor
// addresses are equal.
//
// Reflect mode: what only reflect needs (package paths, method sets, struct tags, function signatures, interface
// method lists, a map type's maptype) is emitted only in a program where reflect reads it, that is where
// internal/reflectlite's typeExt function is reachable; every other program's descriptors are the kind-specific part
// alone. In reflect mode every descriptor is followed by an extension, at the offset where a Go struct
// {kind-specific part; extension} would place it (the size of the kind-specific part: each ends on a pointer
// boundary): typeExt for most kinds, mapTypeExt, structTypeExt, funcTypeExt or interfaceTypeExt for those kinds.

package runtime

import "unsafe"

// Kinds, numbered as reflect.Kind.
const (
	kindBool          = 1
	kindInt           = 2
	kindInt8          = 3
	kindInt16         = 4
	kindInt32         = 5
	kindInt64         = 6
	kindUint          = 7
	kindUint8         = 8
	kindUint16        = 9
	kindUint32        = 10
	kindUint64        = 11
	kindUintptr       = 12
	kindFloat32       = 13
	kindFloat64       = 14
	kindComplex64     = 15
	kindComplex128    = 16
	kindArray         = 17
	kindChan          = 18
	kindFunc          = 19
	kindInterface     = 20
	kindMap           = 21
	kindPointer       = 22
	kindSlice         = 23
	kindString        = 24
	kindStruct        = 25
	kindUnsafePointer = 26
)

// Flags stored in the high bits of _type.kind.
const (
	kindMask = 0x1f
	// flagComparable is set when == is defined on the type (it may still panic for an interface inside).
	flagComparable = 0x20
	// flagDirect is set when a value of the type is stored in the data word of an interface itself (it fits in a
	// pointer); otherwise the data word points to a copy of the value.
	flagDirect = 0x40
	// flagNamed is set for defined types: str is then the type's qualified name (main.T).
	flagNamed = 0x80
)

// _type is the header every type descriptor starts with.
type _type struct {
	kind uint8   // the Kind, with the flag bits above
	size uintptr // the size of a value in bytes
	str  string  // the type as gc's runtime prints it: "int", "main.T", "[]string", "*main.T", "interface {}"
}

// ptrType describes a pointer type (kind Pointer) or a slice type (kind Slice): elem is the element type.
type ptrType struct {
	_type
	elem *_type
}

// arrayType describes an array type.
type arrayType struct {
	_type
	elem *_type
	len  uintptr
}

// chanType describes a channel type; dir is 1 (receive only), 2 (send only) or 3 (both), as reflect.ChanDir.
type chanType struct {
	_type
	elem *_type
	dir  uintptr
}

// mapType describes a map type.
type mapType struct {
	_type
	key  *_type
	elem *_type
}

// structType describes a struct type: fields points to numField structField records.
type structType struct {
	_type
	numField uintptr
	fields   *structField
}

// structField describes one field of a struct type. The blank field _ is skipped by == and hashing.
type structField struct {
	name   string
	typ    *_type
	offset uintptr
	flags  uint8 // fieldEmbedded, fieldExported
}

// structField.flags bits.
const (
	fieldEmbedded = 1 // an embedded field: name is its type's name
	fieldExported = 2 // the name is exported
)

// typeExt is the extension of a descriptor in reflect mode (see the top of the file), for every kind but those with
// their own extension below, which start with it.
type typeExt struct {
	// uncommon holds a defined type's package path and the method set of a type that has methods; nil otherwise.
	uncommon *uncommonType
}

// uncommonType is the part of a descriptor only defined types and types with methods have.
type uncommonType struct {
	pkgPath string  // the import path of a defined type's package ("" for predeclared and unnamed types)
	methods *method // the method set: the xcount exported methods sorted by name, then the unexported ones
	// types holds the methods' func types, with the receiver as first parameter, in the same order; nil unless the
	// program reads method types (reflect's Type.Method): they would pull in the descriptors of every type that
	// any method's signature mentions.
	types  **_type
	mcount uint16 // the number of methods
	xcount uint16 // the number of exported methods
}

// method describes one method of a method set or of an interface, without its code: methods cannot be called
// through reflect (reachability removes the methods that no interface call reaches).
type method struct {
	// name is the method's name when it is exported, else its package path, a dot and the name ("main.m").
	name string
	// sig identifies the method's signature without the receiver: equal numbers for identical signatures.
	sig uint16
}

// mapTypeExt is the extension of a map type's descriptor: the maptype its maps are made with.
type mapTypeExt struct {
	typeExt
	mt *maptype
}

// structTypeExt is the extension of a struct type's descriptor.
type structTypeExt struct {
	typeExt
	pkgPath string  // the package path of the struct's unexported field names ("" when all are exported)
	tags    *string // numField tags, in field order; nil when no field has one
}

// funcTypeExt is the extension of a func type's descriptor: its parameters and results.
type funcTypeExt struct {
	typeExt
	params *(*_type) // numIn parameter types, then the result types
	numIn  uint16
	numOut uint16 // the number of results, with funcVariadic set for a variadic function
}

// funcVariadic is set in funcTypeExt.numOut when the last parameter is ...T (its type is then []T).
const funcVariadic = 0x8000

// interfaceTypeExt is the extension of an interface type's descriptor: its methods, sorted as a method set is.
type interfaceTypeExt struct {
	typeExt
	methods    *method
	types      **_type // the methods' func types, as uncommonType.types (but without a receiver)
	numMethods uintptr
}

// eface is the layout of every interface value: the dynamic type's descriptor (nil for a nil interface) and the
// data word (the value itself when the type is direct, else a pointer to the value).
type eface struct {
	typ  *_type
	data unsafe.Pointer
}

// field returns the i-th field of a struct type.
func (t *structType) field(i uintptr) *structField {
	return (*structField)(unsafe.Pointer(uintptr(unsafe.Pointer(t.fields)) + i*unsafe.Sizeof(structField{})))
}

// efaceOf returns the two words of an interface value.
func efaceOf(p *any) *eface {
	return (*eface)(unsafe.Pointer(p))
}

// dataPointer returns a pointer to the value an interface holds: the data word's own address for a direct type.
func dataPointer(e *eface) unsafe.Pointer {
	if e.typ.kind&flagDirect != 0 {
		return unsafe.Pointer(&e.data)
	}
	return e.data
}
