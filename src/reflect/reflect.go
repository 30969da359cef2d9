// Package reflect implements run-time reflection, allowing a program to manipulate objects with arbitrary types.
//
// This is tsgo's reflect (src/internal/reflectlite holds the implementation, on the type descriptors the compiler
// emits): its types are aliases of reflectlite's, which the compiler names as reflect's, and its functions call
// reflectlite's. What tsgo does not support: calling functions and methods (Value.Call, Value.Method, MakeFunc:
// methods are described by Type.Method but their code is not reachable through reflect), making new types other
// than pointer and slice types (ArrayOf, ChanOf, FuncOf, MapOf, StructOf), and Select. They panic with a message
// that says so.
package reflect

import (
	"internal/reflectlite"
	"unsafe"
)

// Type is the representation of a Go type.
type Type = reflectlite.Type

// Value is the reflection interface to a Go value.
type Value = reflectlite.Value

// A Kind represents the specific kind of type that a Type represents.
type Kind = reflectlite.Kind

// ChanDir represents a channel type's direction.
type ChanDir = reflectlite.ChanDir

// A StructField describes a single field in a struct.
type StructField = reflectlite.StructField

// A StructTag is the tag string in a struct field.
type StructTag = reflectlite.StructTag

// Method represents a single method.
type Method = reflectlite.Method

// A MapIter is an iterator for ranging over a map.
type MapIter = reflectlite.MapIter

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError = reflectlite.ValueError

// The kinds of types.
const (
	Invalid       = reflectlite.Invalid
	Bool          = reflectlite.Bool
	Int           = reflectlite.Int
	Int8          = reflectlite.Int8
	Int16         = reflectlite.Int16
	Int32         = reflectlite.Int32
	Int64         = reflectlite.Int64
	Uint          = reflectlite.Uint
	Uint8         = reflectlite.Uint8
	Uint16        = reflectlite.Uint16
	Uint32        = reflectlite.Uint32
	Uint64        = reflectlite.Uint64
	Uintptr       = reflectlite.Uintptr
	Float32       = reflectlite.Float32
	Float64       = reflectlite.Float64
	Complex64     = reflectlite.Complex64
	Complex128    = reflectlite.Complex128
	Array         = reflectlite.Array
	Chan          = reflectlite.Chan
	Func          = reflectlite.Func
	Interface     = reflectlite.Interface
	Map           = reflectlite.Map
	Pointer       = reflectlite.Pointer
	Slice         = reflectlite.Slice
	String        = reflectlite.String
	Struct        = reflectlite.Struct
	UnsafePointer = reflectlite.UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

// The channel directions.
const (
	RecvDir = reflectlite.RecvDir // <-chan
	SendDir = reflectlite.SendDir // chan<-
	BothDir = reflectlite.BothDir // chan
)

// SliceHeader is the runtime representation of a slice. On AVR, where tsgo's slice lengths are 16-bit uintptrs
// but int has 32 bits, it does not match the real layout.
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

// StringHeader is the runtime representation of a string (on AVR, as SliceHeader, Len is wider than the real one).
type StringHeader struct {
	Data uintptr
	Len  int
}

// TypeOf returns the dynamic type of i, or nil when i is a nil interface value.
func TypeOf(i any) Type { return reflectlite.TypeOf(i) }

// ValueOf returns a new Value holding the value in the interface i; ValueOf(nil) is the zero Value.
func ValueOf(i any) Value { return reflectlite.ValueOf(i) }

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return reflectlite.PointerTo(t) }

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return reflectlite.PointerTo(t) }

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type { return reflectlite.SliceOf(t) }

// New returns a Value for a pointer to a new zero value of type typ.
func New(typ Type) Value { return reflectlite.New(typ) }

// NewAt returns a Value for a pointer to a value of type typ at p.
func NewAt(typ Type, p unsafe.Pointer) Value { return reflectlite.NewAt(typ, p) }

// Zero returns a Value for the zero value of type typ.
func Zero(typ Type) Value { return reflectlite.Zero(typ) }

// Indirect returns the value that v points to, or v itself when it is not a pointer.
func Indirect(v Value) Value { return reflectlite.Indirect(v) }

// MakeSlice returns a new slice of the slice type typ with the given length and capacity.
func MakeSlice(typ Type, len, cap int) Value { return reflectlite.MakeSlice(typ, len, cap) }

// MakeMap returns a new, empty map of the map type typ.
func MakeMap(typ Type) Value { return reflectlite.MakeMap(typ) }

// MakeMapWithSize returns a new map of the map type typ with room for about n elements.
func MakeMapWithSize(typ Type, n int) Value { return reflectlite.MakeMapWithSize(typ, n) }

// MakeChan returns a new channel of the channel type typ with a buffer of the given size.
func MakeChan(typ Type, buffer int) Value { return reflectlite.MakeChan(typ, buffer) }

// Append appends the values x to the slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value { return reflectlite.Append(s, x...) }

// AppendSlice appends the slice t to the slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value { return reflectlite.AppendSlice(s, t) }

// Copy copies elements from src into dst until one is exhausted, and returns how many it copied.
func Copy(dst, src Value) int { return reflectlite.Copy(dst, src) }

// DeepEqual reports whether x and y are "deeply equal".
func DeepEqual(x, y any) bool { return reflectlite.DeepEqual(x, y) }

// Swapper returns a function that swaps the elements at i and j of the slice s.
func Swapper(s any) func(i, j int) { return reflectlite.Swapper(s) }

// notSupported panics for what tsgo's reflect does not implement.
func notSupported(what string) {
	panic("reflect: " + what + " is not supported by tsgo")
}

// ArrayOf panics: tsgo's reflect cannot make array types.
func ArrayOf(length int, elem Type) Type {
	notSupported("ArrayOf")
	return nil
}

// ChanOf panics: tsgo's reflect cannot make channel types.
func ChanOf(dir ChanDir, t Type) Type {
	notSupported("ChanOf")
	return nil
}

// MapOf panics: tsgo's reflect cannot make map types.
func MapOf(key, elem Type) Type {
	notSupported("MapOf")
	return nil
}

// FuncOf panics: tsgo's reflect cannot make function types.
func FuncOf(in, out []Type, variadic bool) Type {
	notSupported("FuncOf")
	return nil
}

// StructOf panics: tsgo's reflect cannot make struct types.
func StructOf(fields []StructField) Type {
	notSupported("StructOf")
	return nil
}

// MakeFunc panics: tsgo's reflect cannot make functions.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	notSupported("MakeFunc")
	return Value{}
}

// A SelectDir describes the communication direction of a select case.
type SelectDir int

// The select directions.
const (
	_             SelectDir = iota
	SelectSend              // case Chan <- Send
	SelectRecv              // case <-Chan:
	SelectDefault           // default
)

// A SelectCase describes a single case in a select operation.
type SelectCase struct {
	Dir  SelectDir // direction of case
	Chan Value     // channel to use (for send or receive)
	Send Value     // value to send (for send)
}

// Select panics: tsgo's reflect does not implement select.
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	notSupported("Select")
	return 0, Value{}, false
}
