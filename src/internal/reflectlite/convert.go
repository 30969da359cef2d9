// Conversions (Value.Convert, Type.ConvertibleTo) by the language's rules: between numeric types, between strings
// and byte or rune slices, integers to strings, a slice to a pointer to an array, between types with identical
// underlying types, and to an interface a type implements; and the overflow checks of the Set methods.

package reflectlite

import (
	"unicode/utf8"
	"unsafe"
)

// How convertOp converts.
const (
	cvtNone      = iota
	cvtDirect    // same representation: only the type changes
	cvtInt       // a signed integer to a number or string
	cvtUint      // an unsigned integer to a number or string
	cvtFloat     // a float to a number
	cvtComplex   // a complex number to a complex number
	cvtToBytes   // a string to []byte
	cvtToRunes   // a string to []rune
	cvtBytesStr  // a []byte to a string
	cvtRunesStr  // a []rune to a string
	cvtArrayPtr  // a slice to a pointer to an array
	cvtInterface // to an interface type
)

// isInt, isUint and isFloat classify numeric kinds.
func isInt(k Kind) bool   { return k >= Int && k <= Int64 }
func isUint(k Kind) bool  { return k >= Uint && k <= Uintptr }
func isFloat(k Kind) bool { return k == Float32 || k == Float64 }

// convertOp returns how a value of type src converts to type dst, cvtNone when it cannot.
func convertOp(dst, src *rtype) int {
	sk, dk := src.Kind(), dst.Kind()
	switch {
	case isInt(sk) && (isInt(dk) || isUint(dk) || isFloat(dk) || dk == String):
		return cvtInt
	case isUint(sk) && (isInt(dk) || isUint(dk) || isFloat(dk) || dk == String):
		return cvtUint
	case isFloat(sk) && (isInt(dk) || isUint(dk) || isFloat(dk)):
		return cvtFloat
	case (sk == Complex64 || sk == Complex128) && (dk == Complex64 || dk == Complex128):
		return cvtComplex
	case sk == String && dk == Slice && dst.elem().PkgPath() == "" && dst.elem().Kind() == Uint8:
		return cvtToBytes
	case sk == String && dk == Slice && dst.elem().PkgPath() == "" && dst.elem().Kind() == Int32:
		return cvtToRunes
	case sk == Slice && dk == String && src.elem().PkgPath() == "" && src.elem().Kind() == Uint8:
		return cvtBytesStr
	case sk == Slice && dk == String && src.elem().PkgPath() == "" && src.elem().Kind() == Int32:
		return cvtRunesStr
	case sk == Slice && dk == Pointer && dst.elem().Kind() == Array && dst.elem().elem() == src.elem():
		return cvtArrayPtr
	case sk == Chan && dk == Chan && ChanDir((*chanType)(unsafe.Pointer(src)).dir) == BothDir && dst.elem() == src.elem():
		return cvtDirect
	case identicalUnderlying(dst, src, false):
		return cvtDirect
	case dk == Pointer && sk == Pointer && dst.Name() == "" && src.Name() == "" && identicalUnderlying(dst.elem(), src.elem(), false):
		return cvtDirect
	case implements(dst, src):
		return cvtInterface
	}
	return cvtNone
}

// convertible reports whether a value of type src converts to type dst.
func convertible(dst, src *rtype) bool {
	return convertOp(dst, src) != cvtNone
}

// CanConvert reports whether v can be converted to type t without panicking (a slice too short for an array
// pointer type cannot).
func (v Value) CanConvert(t Type) bool {
	dst := t.common()
	if !convertible(dst, v.typ) {
		return false
	}
	if v.Kind() == Slice && dst.Kind() == Pointer && v.Len() < dst.elem().Len() {
		return false
	}
	return true
}

// Convert returns v converted to type t; it panics when the conversion is not allowed.
func (v Value) Convert(t Type) Value {
	dst := t.common()
	op := convertOp(dst, v.typ)
	fl := v.flag.ro()
	switch op {
	case cvtDirect:
		if v.flag&flagAddr != 0 { // a copy: the result must not change with the variable
			return copyVal(dst, fl, v.ptr)
		}
		return Value{dst, v.ptr, fl | v.flag&flagIndir}
	case cvtInt:
		return makeNumber(dst, fl, uint64(v.Int()), float64(v.Int()), true)
	case cvtUint:
		return makeNumber(dst, fl, v.Uint(), float64(v.Uint()), false)
	case cvtFloat:
		f := v.Float()
		switch k := dst.Kind(); {
		case isInt(k):
			return makeBits(dst, fl, uint64(int64(f)))
		case isUint(k):
			return makeBits(dst, fl, uint64(f))
		}
		return makeFloat(dst, fl, f)
	case cvtComplex:
		c := v.Complex()
		if dst.size == 8 {
			c64 := complex64(c)
			return makeFrom(dst, fl, unsafe.Pointer(&c64))
		}
		return makeFrom(dst, fl, unsafe.Pointer(&c))
	case cvtToBytes:
		p := new([]byte)
		*p = []byte(v.String())
		return Value{dst, unsafe.Pointer(p), fl | flagIndir}
	case cvtToRunes:
		p := new([]rune)
		*p = []rune(v.String())
		return Value{dst, unsafe.Pointer(p), fl | flagIndir}
	case cvtBytesStr:
		return makeString(dst, fl, string(*(*[]byte)(v.ptr)))
	case cvtRunesStr:
		return makeString(dst, fl, string(*(*[]rune)(v.ptr)))
	case cvtArrayPtr:
		n := dst.elem().Len()
		if v.Len() < n {
			failConvert(v.Len(), n)
		}
		return Value{dst, (*sliceHeader)(v.ptr).data, fl}
	case cvtInterface:
		r := Value{dst, unsafe_New(dst.size), fl | flagIndir}
		if v.Kind() != Interface || !v.IsNil() {
			*(*any)(r.ptr) = packEface(v)
		}
		return r
	}
	fail("reflect.Value.Convert: value of type ", v.typ.String(), " cannot be converted to type ", t.String())
	return Value{}
}

// makeNumber returns an integer converted to type t, given as its bits and as a float (for float types).
func makeNumber(t *rtype, fl flag, bits uint64, f float64, signed bool) Value {
	switch k := t.Kind(); {
	case isFloat(k):
		return makeFloat(t, fl, f)
	case k == String:
		// An integer converts to the UTF-8 encoding of that code point, or of U+FFFD when it is none.
		r := rune(utf8.RuneError)
		if signed && int64(bits) >= 0 && int64(bits) <= utf8.MaxRune || !signed && bits <= utf8.MaxRune {
			r = rune(bits)
		}
		return makeString(t, fl, string(r))
	}
	return makeBits(t, fl, bits)
}

// failConvert panics for a slice of length n converted to a pointer to an array of length want.
func failConvert(n, want int) {
	panic("reflect: cannot convert slice with length " + itoa(n) + " to pointer to array with length " + itoa(want))
}

// makeString returns a Value of the string type t holding s. (A string, or anything holding a pointer, is stored
// with a typed assignment, never copied with memmove from a variable: escape analysis must see it escape.)
func makeString(t *rtype, fl flag, s string) Value {
	p := new(string)
	*p = s
	return Value{t, unsafe.Pointer(p), fl | flagIndir}
}

// makeBits returns a Value of the integer type t holding the low bytes of bits (little-endian).
func makeBits(t *rtype, fl flag, bits uint64) Value {
	return makeFrom(t, fl, unsafe.Pointer(&bits))
}

// makeFloat returns a Value of the float type t holding f.
func makeFloat(t *rtype, fl flag, f float64) Value {
	if t.size == 4 {
		f32 := float32(f)
		return makeFrom(t, fl, unsafe.Pointer(&f32))
	}
	return makeFrom(t, fl, unsafe.Pointer(&f))
}

// makeFrom returns a new Value of type t holding a copy of the value at p, which holds no pointers.
func makeFrom(t *rtype, fl flag, p unsafe.Pointer) Value {
	return copyVal(t, fl, p)
}

// OverflowInt reports whether x cannot be represented by v's type, a signed integer type.
func (v Value) OverflowInt(x int64) bool {
	if !isInt(v.kind()) {
		panicValue("OverflowInt", v.kind())
	}
	shift := 64 - v.typ.size*8
	return x != x<<shift>>shift
}

// OverflowUint reports whether x cannot be represented by v's type, an unsigned integer type.
func (v Value) OverflowUint(x uint64) bool {
	if !isUint(v.kind()) {
		panicValue("OverflowUint", v.kind())
	}
	shift := 64 - v.typ.size*8
	return x != x<<shift>>shift
}

// OverflowFloat reports whether x cannot be represented by v's type, a float type.
func (v Value) OverflowFloat(x float64) bool {
	switch v.kind() {
	case Float32:
		return overflowFloat32(x)
	case Float64:
		return false
	}
	panicValue("OverflowFloat", v.kind())
	return false
}

// overflowFloat32 reports whether the finite x is beyond float32's range.
func overflowFloat32(x float64) bool {
	if x < 0 {
		x = -x
	}
	return x > 3.40282346638528859811704183484516925440e+38 && x <= 1.79769313486231570814527423731704356798070e+308
}

// OverflowComplex reports whether x cannot be represented by v's type, a complex type.
func (v Value) OverflowComplex(x complex128) bool {
	switch v.kind() {
	case Complex64:
		return overflowFloat32(real(x)) || overflowFloat32(imag(x))
	case Complex128:
		return false
	}
	panicValue("OverflowComplex", v.kind())
	return false
}
