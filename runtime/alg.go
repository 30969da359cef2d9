// Hashing and equality driven by type descriptors (type.go): typehash and typeequal implement Go's == and a hash
// consistent with it for any comparable type, which maps use for keys that cannot be hashed as raw bytes (floats,
// complex numbers, interfaces, strings or floats inside structs and arrays, padded structs), and ifaceeq is Go's ==
// on two interface values. The rules are the language's: +0 and -0 are equal and hash alike, NaN is unequal to
// everything (and hashes differently on every call, so that many NaN keys do not pile up in one probe chain),
// strings compare by content, structs field by field skipping blank (_) fields, arrays element by element, and
// interfaces by dynamic type and then value, panicking as gc does when the dynamic type is not comparable.
//
// The hash is FNV-1a's structure (xor a byte, multiply) with a multiplier as wide as uintptr, so an 8-bit AVR works
// on 16-bit words and the 64-bit host on 64-bit words; floats are hashed and compared through their bits with
// integer operations only (no floating-point helper is pulled in on soft-float targets).

package runtime

import "unsafe"

// ptrBits is the width of uintptr in bits: 16 on AVR, 32 on Cortex-M, 64 on the host.
const ptrBits = unsafe.Sizeof(uintptr(0)) * 8

// hashMul is the multiplier of the byte hash: the 64-bit golden-ratio constant truncated to uintptr's width (odd
// and bit-balanced at every width, so every byte reaches the high bits).
const hashMul = uintptr(0x9e3779b97f4a7c15 & uint64(^uintptr(0)))

// hashSeed is the fixed starting value of map hashes (iteration order is unspecified, never randomised here).
const hashSeed = uintptr(0xcbf29ce484222325 & uint64(^uintptr(0)))

// nanHash makes every NaN hash differently: it changes on each NaN hashed.
var nanHash uintptr

// memhash hashes the n bytes at p, starting from h: a word (uintptr) at a time, then the bytes left over.
func memhash(p unsafe.Pointer, n uintptr, h uintptr) uintptr {
	i := uintptr(0)
	for ; i+ptrBits/8 <= n; i += ptrBits / 8 {
		h = (h ^ loadWord(unsafe.Pointer(uintptr(p)+i))) * hashMul
	}
	for ; i < n; i++ {
		h = (h ^ uintptr(*(*uint8)(unsafe.Pointer(uintptr(p) + i)))) * hashMul
	}
	return h
}

// loadWord reads the little-endian uintptr at p, which need not be aligned, byte by byte (LLVM merges the bytes
// into one load on targets that allow unaligned loads).
func loadWord(p unsafe.Pointer) uintptr {
	b := (*[8]uint8)(p)
	w := uintptr(b[0]) | uintptr(b[1])<<8
	if ptrBits >= 32 {
		w |= uintptr(b[2])<<16 | uintptr(b[3])<<24
	}
	if ptrBits == 64 {
		w |= uintptr(b[4])<<32 | uintptr(b[5])<<40 | uintptr(b[6])<<48 | uintptr(b[7])<<56
	}
	return w
}

// memequal reports whether the n bytes at a and b are equal. (Comparing a word at a time made AVR lookups slower:
// loadWord is then no longer inlined.)
func memequal(a, b unsafe.Pointer, n uintptr) bool {
	for i := uintptr(0); i < n; i++ {
		if *(*uint8)(unsafe.Pointer(uintptr(a) + i)) != *(*uint8)(unsafe.Pointer(uintptr(b) + i)) {
			return false
		}
	}
	return true
}

// strhash hashes the contents of the string at p.
func strhash(p unsafe.Pointer, h uintptr) uintptr {
	s := (*stringHeader)(p)
	return memhash(s.data, s.len, h)
}

// strequal reports whether the strings at a and b have the same contents.
func strequal(a, b unsafe.Pointer) bool {
	x := (*stringHeader)(a)
	y := (*stringHeader)(b)
	return x.len == y.len && (x.data == y.data || memequal(x.data, y.data, x.len))
}

// stringHeader is the layout of a string value: its bytes and its length (an int, read here as a uintptr: the
// length is never negative, and the low word is the whole value on every little-endian target).
type stringHeader struct {
	data unsafe.Pointer
	len  uintptr
}

// Float classes, as floatClass returns them.
const (
	floatZero  = 0 // +0 or -0
	floatNaN   = 1
	floatOther = 2
)

// floatClass classifies the float of n bytes (4 or 8) at p from its bits: the high 32-bit word holds the sign, the
// exponent and the top of the mantissa, and a float64's low word the rest of the mantissa.
func floatClass(p unsafe.Pointer, n uintptr) uint8 {
	hi := *(*uint32)(unsafe.Pointer(uintptr(p) + n - 4)) &^ (1 << 31)
	var lo uint32
	inf := uint32(0x7f800000)
	if n == 8 {
		lo = *(*uint32)(p)
		inf = 0x7ff00000
	}
	if hi|lo == 0 {
		return floatZero
	}
	if hi > inf || (hi == inf && lo != 0) {
		return floatNaN
	}
	return floatOther
}

// floathash hashes the float of n bytes at p: both zeros hash as +0, a NaN hashes to a fresh value.
func floathash(p unsafe.Pointer, n uintptr, h uintptr) uintptr {
	switch floatClass(p, n) {
	case floatZero:
		return memhash(unsafe.Pointer(&zeroBits), n, h)
	case floatNaN:
		nanHash++
		return memhash(unsafe.Pointer(&nanHash), unsafe.Sizeof(nanHash), h^hashMul)
	}
	return memhash(p, n, h)
}

// zeroBits is eight zero bytes: what both float zeros hash as.
var zeroBits uint64

// floatequal is == on the floats of n bytes at a and b, computed on their bits.
func floatequal(a, b unsafe.Pointer, n uintptr) bool {
	ca := floatClass(a, n)
	cb := floatClass(b, n)
	if ca == floatNaN || cb == floatNaN {
		return false
	}
	return (ca == floatZero && cb == floatZero) || memequal(a, b, n)
}

// typehash returns a hash of the value of type t at p, starting from seed: values that typeequal reports equal hash
// alike. It panics with "hash of unhashable type T" for an interface holding a value whose type has no ==.
func typehash(t *_type, p unsafe.Pointer, seed uintptr) uintptr {
	switch t.kind & kindMask {
	case kindFloat32, kindFloat64:
		return floathash(p, t.size, seed)
	case kindComplex64, kindComplex128:
		n := t.size / 2
		return floathash(unsafe.Pointer(uintptr(p)+n), n, floathash(p, n, seed))
	case kindString:
		return strhash(p, seed)
	case kindInterface:
		return ifacehash((*eface)(p), seed)
	case kindArray:
		a := (*arrayType)(unsafe.Pointer(t))
		h := seed
		for i, off := uintptr(0), uintptr(0); i < a.len; i, off = i+1, off+a.elem.size {
			h = typehash(a.elem, unsafe.Pointer(uintptr(p)+off), h)
		}
		return h
	case kindStruct:
		s := (*structType)(unsafe.Pointer(t))
		h := seed
		for i, f := uintptr(0), s.fields; i < s.numField; i, f = i+1, f.next() {
			if !isBlank(f.name) {
				h = typehash(f.typ, unsafe.Pointer(uintptr(p)+f.offset), h)
			}
		}
		return h
	case kindSlice, kindMap, kindFunc:
		panicUnhashable(t)
	}
	return memhash(p, t.size, seed)
}

// typeequal reports whether the values of type t at a and b are equal under Go's ==. It panics with "comparing
// uncomparable type T" when two interfaces hold values of the same type that has no ==.
func typeequal(t *_type, a, b unsafe.Pointer) bool {
	switch t.kind & kindMask {
	case kindFloat32, kindFloat64:
		return floatequal(a, b, t.size)
	case kindComplex64, kindComplex128:
		n := t.size / 2
		return floatequal(a, b, n) && floatequal(unsafe.Pointer(uintptr(a)+n), unsafe.Pointer(uintptr(b)+n), n)
	case kindString:
		return strequal(a, b)
	case kindInterface:
		return efaceeq((*eface)(a), (*eface)(b))
	case kindArray:
		arr := (*arrayType)(unsafe.Pointer(t))
		for i, off := uintptr(0), uintptr(0); i < arr.len; i, off = i+1, off+arr.elem.size {
			if !typeequal(arr.elem, unsafe.Pointer(uintptr(a)+off), unsafe.Pointer(uintptr(b)+off)) {
				return false
			}
		}
		return true
	case kindStruct:
		return structequal((*structType)(unsafe.Pointer(t)), a, b)
	case kindSlice, kindMap, kindFunc:
		panicUncomparable(t)
	}
	return memequal(a, b, t.size)
}

// structequal is == on two structs in gc's order: a field whose comparison can panic (an interface, or a struct or
// array holding one) is compared in its place; in each run of fields between such fields, the scalars and the string
// lengths come first, then the string contents and the other composite fields (so a length that differs never lets
// the bytes be read).
func structequal(s *structType, a, b unsafe.Pointer) bool {
	start, first := uintptr(0), s.fields
	for i, f := uintptr(0), s.fields; i <= s.numField; i, f = i+1, f.next() {
		if i < s.numField && (isBlank(f.name) || !eqCanPanic(f.typ)) {
			continue
		}
		if !fieldsequal(first, i-start, a, b) {
			return false
		}
		if i == s.numField {
			break
		}
		if !typeequal(f.typ, unsafe.Pointer(uintptr(a)+f.offset), unsafe.Pointer(uintptr(b)+f.offset)) {
			return false
		}
		start, first = i+1, f.next()
	}
	return true
}

// fieldsequal compares the n fields from f on, none of which can panic: the cheap comparisons first.
func fieldsequal(f *structField, n uintptr, a, b unsafe.Pointer) bool {
	for pass := 0; pass < 2; pass++ {
		g := f
		for i := uintptr(0); i < n; i, g = i+1, g.next() {
			if isBlank(g.name) {
				continue
			}
			pa, pb := unsafe.Pointer(uintptr(a)+g.offset), unsafe.Pointer(uintptr(b)+g.offset)
			k := g.typ.kind & kindMask
			later := k == kindString || k == kindStruct || k == kindArray
			switch {
			case pass == 0 && k == kindString:
				if (*stringHeader)(pa).len != (*stringHeader)(pb).len {
					return false
				}
			case pass == 0 && !later, pass == 1 && later:
				if !typeequal(g.typ, pa, pb) {
					return false
				}
			}
		}
	}
	return true
}

// eqCanPanic reports whether == on values of t can panic: t is or holds an interface.
func eqCanPanic(t *_type) bool {
	switch t.kind & kindMask {
	case kindInterface:
		return true
	case kindArray:
		return eqCanPanic((*arrayType)(unsafe.Pointer(t)).elem)
	case kindStruct:
		s := (*structType)(unsafe.Pointer(t))
		for i, f := uintptr(0), s.fields; i < s.numField; i, f = i+1, f.next() {
			if eqCanPanic(f.typ) {
				return true
			}
		}
	}
	return false
}

// next returns the field record after f in its struct's field table.
func (f *structField) next() *structField {
	return (*structField)(unsafe.Pointer(uintptr(unsafe.Pointer(f)) + unsafe.Sizeof(structField{})))
}

// isBlank reports whether a field name is the blank identifier.
func isBlank(name string) bool {
	return len(name) == 1 && name[0] == '_'
}

// ifacehash hashes an interface value: its dynamic type's descriptor address, then the value it holds.
func ifacehash(e *eface, h uintptr) uintptr {
	t := e.typ
	if t == nil {
		return h
	}
	if t.kind&flagComparable == 0 {
		panicUnhashable(t)
	}
	return typehash(t, dataPointer(e), (h^uintptr(unsafe.Pointer(t)))*hashMul)
}

// efaceeq is == on two interface values: the same dynamic type (or both nil) and equal values.
func efaceeq(x, y *eface) bool {
	t := x.typ
	if t != y.typ {
		return false
	}
	if t == nil {
		return true
	}
	if t.kind&flagComparable == 0 {
		panicUncomparable(t)
	}
	return typeequal(t, dataPointer(x), dataPointer(y))
}

// ifaceeq is Go's == on two interface values, for the code generator (any interface type has this layout).
func ifaceeq(x, y any) bool {
	return efaceeq(efaceOf(&x), efaceOf(&y))
}

// panicUnhashable panics as gc does for a map key whose dynamic type has no ==.
func panicUnhashable(t *_type) {
	typeError("hash of unhashable type ", t)
}

// panicUncomparable panics as gc does when == meets two values of a type that has no ==.
func panicUncomparable(t *_type) {
	typeError("comparing uncomparable type ", t)
}

// typeError panics with the run-time error "runtime error: " + msg + the name of t.
func typeError(msg string, t *_type) {
	if recoverEnabled() {
		gopanic(errorString(msg + t.str))
	}
	rundefersAll()
	printstring("panic: runtime error: ")
	printstring(msg)
	printstring(t.str)
	panicEnd()
}
