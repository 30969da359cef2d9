// Package reflectlite is tsgo's implementation of run-time reflection, on the type descriptors the compiler emits
// (runtime/type.go, compiler/codegen/typedesc.ts). It is the whole of it: package reflect (src/reflect) declares its
// types as aliases of these and adds what only reflect has (DeepEqual, VisibleFields). GOROOT's users of
// reflectlite (errors, sort, context) get the same implementation. It imports only unsafe and unicode/utf8, since
// errors and sort, which everything imports, import it; what it needs from the runtime (allocation, maps, channels)
// the runtime defines with //go:linkname (runtime/reflect.go).
//
// This file: kinds, the descriptor layouts (copies of runtime/type.go's structs, which are the ABI), and the methods
// of Type that every kind answers.
package reflectlite

import "unsafe"

// A Kind represents the specific kind of type that a Type represents. The zero Kind is not a valid kind.
type Kind uint

// The kinds, numbered as gc numbers them (and as runtime/type.go's descriptors store them).
const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

// kindNames holds the names of the kinds back to back; kindEnds[k] is where the name of kind k ends. (A table
// costs 28 bytes of RAM on AVR, where constant data lives in RAM, and saves the 1.6 KB of code of a switch.)
const kindNames = "invalidboolintint8int16int32int64uintuint8uint16uint32uint64uintptrfloat32float64complex64complex128" +
	"arraychanfuncinterfacemapptrslicestringstructunsafe.Pointer"

var kindEnds = [...]uint8{7, 11, 14, 18, 23, 28, 33, 37, 42, 48, 54, 60, 67, 74, 81, 90, 100, 105, 109, 113, 122, 125, 128, 133, 139, 145, 159}

// String returns the name of k, as gc's reflect does ("ptr" for Pointer).
func (k Kind) String() string {
	if k < Kind(len(kindEnds)) {
		start := uint8(0)
		if k > 0 {
			start = kindEnds[k-1]
		}
		return kindNames[start:kindEnds[k]]
	}
	return "kind" + itoa(int(k))
}

// ChanDir represents a channel type's direction.
type ChanDir int

// The channel directions.
const (
	RecvDir ChanDir             = 1 << iota // <-chan
	SendDir                                 // chan<-
	BothDir = RecvDir | SendDir             // chan
)

// String returns the direction as a channel type spells it.
func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + itoa(int(d))
}

// rtype is runtime._type, the header of every descriptor.
type rtype struct {
	kind uint8   // the Kind, with the flags below
	size uintptr // the size of a value in bytes
	str  string  // the type's string: "int", "main.T", "[]string"
}

// Flags of rtype.kind (runtime/type.go).
const (
	kindMask       = 0x1f
	flagComparable = 0x20
	flagDirect     = 0x40 // a value is stored in an interface's data word itself
	flagNamed      = 0x80
)

// ptrType is runtime.ptrType: a pointer or slice type.
type ptrType struct {
	rtype
	elem *rtype
}

// arrayType is runtime.arrayType.
type arrayType struct {
	rtype
	elem *rtype
	len  uintptr
}

// chanType is runtime.chanType.
type chanType struct {
	rtype
	elem *rtype
	dir  uintptr
}

// mapType is runtime.mapType.
type mapType struct {
	rtype
	key  *rtype
	elem *rtype
}

// structType is runtime.structType.
type structType struct {
	rtype
	numField uintptr
	fields   *structField
}

// structField is runtime.structField.
type structField struct {
	name   string
	typ    *rtype
	offset uintptr
	flags  uint8
}

// structField.flags bits.
const (
	fieldEmbedded = 1
	fieldExported = 2
)

// typeExtension is runtime.typeExt: the start of every descriptor's extension.
type typeExtension struct {
	uncommon *uncommonType
}

// uncommonType is runtime.uncommonType: a defined type's package path and a method set.
type uncommonType struct {
	pkgPath string
	methods *method
	types   **rtype // the methods' func types; nil unless methodType is reachable
	mcount  uint16
	xcount  uint16
}

// method is runtime.method: a method's name (`pkg/path.name` when unexported) and signature number.
type method struct {
	name string
	sig  uint16
}

// mapTypeExt is runtime.mapTypeExt.
type mapTypeExt struct {
	typeExtension
	mt unsafe.Pointer // *runtime.maptype
}

// structTypeExt is runtime.structTypeExt.
type structTypeExt struct {
	typeExtension
	pkgPath string
	tags    *string
}

// funcTypeExt is runtime.funcTypeExt.
type funcTypeExt struct {
	typeExtension
	params *(*rtype)
	numIn  uint16
	numOut uint16
}

// funcVariadic is set in funcTypeExt.numOut for a variadic function.
const funcVariadic = 0x8000

// interfaceTypeExt is runtime.interfaceTypeExt.
type interfaceTypeExt struct {
	typeExtension
	methods    *method
	types      **rtype
	numMethods uintptr
}

// typeExt returns the address of t's extension, which follows the kind-specific part of its descriptor. The
// compiler emits extensions only in a program where this function is reachable (compiler/codegen/typeext.ts): every
// read of one goes through here.
func typeExt(t *rtype) unsafe.Pointer {
	n := unsafe.Sizeof(rtype{})
	switch t.Kind() {
	case Pointer, Slice:
		n = unsafe.Sizeof(ptrType{})
	case Array:
		n = unsafe.Sizeof(arrayType{})
	case Chan:
		n = unsafe.Sizeof(chanType{})
	case Map:
		n = unsafe.Sizeof(mapType{})
	case Struct:
		n = unsafe.Sizeof(structType{})
	}
	return add(unsafe.Pointer(t), n)
}

// add returns p+x.
func add(p unsafe.Pointer, x uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(p) + x)
}

// eface is the layout of every interface value: the dynamic type's descriptor and the data word.
type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

// TypeOf returns the dynamic type of i, or nil when i is a nil interface value.
func TypeOf(i any) Type {
	return toType((*eface)(unsafe.Pointer(&i)).typ)
}

// rtypeOf returns the descriptor of i's dynamic type.
func rtypeOf(i any) *rtype {
	return (*eface)(unsafe.Pointer(&i)).typ
}

// toType returns t as a Type: nil for a nil t (not a Type holding a nil *rtype).
func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

// common returns t itself: Type's values are all *rtype.
func (t *rtype) common() *rtype { return t }

// uncommon returns t's package path and method set, nil when it has neither.
func (t *rtype) uncommon() *uncommonType {
	return (*typeExtension)(typeExt(t)).uncommon
}

// Kind returns the specific kind of t.
func (t *rtype) Kind() Kind { return Kind(t.kind & kindMask) }

// String returns t as Go source spells it, with package names as qualifiers ("main.T", "[]int").
func (t *rtype) String() string { return t.str }

// Size returns the number of bytes a value of type t takes, as unsafe.Sizeof.
func (t *rtype) Size() uintptr { return t.size }

// Comparable reports whether values of type t are comparable with ==.
func (t *rtype) Comparable() bool { return t.kind&flagComparable != 0 }

// Name returns a defined type's name within its package ("T", "List[int]"), a predeclared type's name, and ""
// for any other type.
func (t *rtype) Name() string {
	if t.kind&flagNamed == 0 {
		if k := t.Kind(); k > Complex128 && k != String && k != UnsafePointer {
			return ""
		}
	}
	s := t.str
	for i := 0; i < len(s) && s[i] != '['; i++ {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}

// PkgPath returns the import path of a defined type's package ("unsafe" for unsafe.Pointer), and "" for predeclared
// and unnamed types.
func (t *rtype) PkgPath() string {
	if t.kind&flagNamed == 0 && t.Kind() != UnsafePointer {
		return ""
	}
	if u := t.uncommon(); u != nil {
		return u.pkgPath
	}
	return ""
}

// Align returns the alignment in bytes of a value of type t in memory.
func (t *rtype) Align() int {
	switch t.Kind() {
	case Bool, Int8, Uint8:
		return 1
	case Int16, Uint16:
		return int(unsafe.Alignof(int16(0)))
	case Int32, Uint32, Float32, Complex64:
		return int(unsafe.Alignof(int32(0)))
	case Int, Uint:
		return int(unsafe.Alignof(int(0)))
	case Int64, Uint64, Float64, Complex128:
		return int(unsafe.Alignof(int64(0)))
	case Array:
		return (*arrayType)(unsafe.Pointer(t)).elem.Align()
	case Struct:
		a := 1
		st := (*structType)(unsafe.Pointer(t))
		for i := uintptr(0); i < st.numField; i++ {
			if fa := st.field(i).typ.Align(); fa > a {
				a = fa
			}
		}
		return a
	}
	return int(unsafe.Alignof(uintptr(0)))
}

// FieldAlign returns the alignment in bytes of a value of type t as a struct field: the same as Align.
func (t *rtype) FieldAlign() int { return t.Align() }

// Bits returns the size of t in bits; it panics unless t is a numeric type.
func (t *rtype) Bits() int {
	if k := t.Kind(); k < Int || k > Complex128 {
		fail("reflect: Bits of non-arithmetic Type ", t.String())
	}
	return int(t.size) * 8
}

// itoa formats an integer in decimal (strconv cannot be imported here), in int's width: on AVR 64-bit division
// would bring in a large helper for what only panic messages print.
func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [12]byte
	i := len(b)
	u := uint(n)
	if n < 0 {
		u = uint(-n)
	}
	for ; u > 0; u /= 10 {
		i--
		b[i] = byte('0' + u%10)
	}
	if n < 0 {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
