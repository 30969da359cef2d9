// The key types the harness runs, each with the algorithm codegen would pick for it and a generator of keys from a
// pool of a given size. The pools mix in the awkward values: +0 and -0, NaN (rarely, since each NaN insert adds an
// entry for good), the empty string, nil interfaces, values of distinct dynamic types with equal bits, values stored
// directly in an interface's data word and ones stored behind a pointer, garbage in padding and blank fields, and
// (for interface keys) uncomparable dynamic types whose hashing must panic as in gc.

package main

import (
	"math"
	"math/rand"
	"reflect"
	"strconv"
	"unsafe"
)

// SF is a struct of a string and a float.
type SF struct {
	S string
	F float64
}

// Blank has a blank field, which == skips, and padding-free layout otherwise.
type Blank struct {
	A int16
	_ int16
	B int32
}

// Pad has 7 bytes of padding between its fields.
type Pad struct {
	A int8
	B int64
}

// WithIface has an interface field: hashing it panics when the field holds an uncomparable value.
type WithIface struct {
	A any
	B int32
}

// Unhash is a struct type without ==.
type Unhash struct{ A []int }

// errT is a comparable error type.
type errT struct{ code int }

func (e errT) Error() string { return "errT " + strconv.Itoa(e.code) }

// pointees are what pointer keys point to.
var pointees [64]int

var negZero = math.Copysign(0, -1)

// genFloat returns a float from a pool of n values plus +0, -0 and, rarely, NaN.
func genFloat(r *rand.Rand, n int) float64 {
	switch x := r.Intn(n + 3); x {
	case n:
		return 0
	case n + 1:
		return negZero
	case n + 2:
		if r.Intn(8) == 0 {
			return math.NaN()
		}
		return 0.5
	default:
		return float64(x)*0.75 - 3
	}
}

// genInt returns an integer from a pool of n values, spread so that low bits alone do not tell keys apart.
func genInt(r *rand.Rand, n int) int64 {
	x := int64(r.Intn(n))
	switch r.Intn(4) {
	case 0:
		return x << 8
	case 1:
		return -x
	default:
		return x
	}
}

// genString returns a string from a pool of n values.
func genString(r *rand.Rand, n int) string {
	x := r.Intn(n + 1)
	if x == n {
		return ""
	}
	if x%7 == 3 {
		return "a somewhat longer key string " + strconv.Itoa(x)
	}
	return "k" + strconv.Itoa(x)
}

// genAny returns an interface key: values of many dynamic types and, rarely, an uncomparable one.
func genAny(r *rand.Rand, n int) any {
	if r.Intn(300) == 0 {
		switch r.Intn(4) {
		case 0:
			return []int{1}
		case 1:
			return map[string]int(nil)
		case 2:
			return Unhash{}
		default:
			return WithIface{A: []int{}}
		}
	}
	x := r.Intn(n)
	switch r.Intn(11) {
	case 0:
		return int(x)
	case 1:
		return int8(x)
	case 2:
		return strconv.Itoa(x)
	case 3:
		return genFloat(r, n)
	case 4:
		if x%8 == 0 {
			return nil
		}
		return uint16(x)
	case 5:
		return [2]int64{int64(x), 7} // indirect
	case 6:
		return SF{strconv.Itoa(x % 5), genFloat(r, 3)}
	case 7:
		return &pointees[x%len(pointees)]
	case 8:
		return errT{x}
	case 9:
		return complex(genFloat(r, n), 1)
	default:
		return struct{}{}
	}
}

// keyTypes returns the key types under test.
func keyTypes() []*keyType {
	f := func(gen func(r *rand.Rand, n int) any) func(r *rand.Rand, n int) any { return gen }
	kts := []*keyType{
		newKeyType("int", reflect.TypeOf(0), algMem, 8, f(func(r *rand.Rand, n int) any {
			return int(genInt(r, n))
		})),
		newKeyType("int8", reflect.TypeOf(int8(0)), algMem, 1, f(func(r *rand.Rand, n int) any {
			return int8(genInt(r, n))
		})),
		newKeyType("uint64", reflect.TypeOf(uint64(0)), algMem, 16, f(func(r *rand.Rand, n int) any {
			return uint64(genInt(r, n)) * 0x9e3779b9
		})),
		newKeyType("string", reflect.TypeOf(""), algString, 8, f(func(r *rand.Rand, n int) any {
			return genString(r, n)
		})),
		newKeyType("float64", reflect.TypeOf(0.0), algGeneric, 8, f(func(r *rand.Rand, n int) any {
			return genFloat(r, n)
		})),
		newKeyType("float32", reflect.TypeOf(float32(0)), algGeneric, 8, f(func(r *rand.Rand, n int) any {
			return float32(genFloat(r, n))
		})),
		newKeyType("complex128", reflect.TypeOf(0i), algGeneric, 8, f(func(r *rand.Rand, n int) any {
			return complex(genFloat(r, 5), genFloat(r, n/5+1))
		})),
		newKeyType("SF", reflect.TypeOf(SF{}), algGeneric, 8, f(func(r *rand.Rand, n int) any {
			return SF{genString(r, n/4+1), genFloat(r, 4)}
		})),
		newKeyType("[2]int16", reflect.TypeOf([2]int16{}), algMem, 2, f(func(r *rand.Rand, n int) any {
			return [2]int16{int16(genInt(r, n)), int16(r.Intn(3))}
		})),
		newKeyType("any", reflect.TypeOf((*any)(nil)).Elem(), algGeneric, 8, genAny),
		newKeyType("error", reflect.TypeOf((*error)(nil)).Elem(), algGeneric, 8, f(func(r *rand.Rand, n int) any {
			if r.Intn(10) == 0 {
				return nil
			}
			return error(errT{r.Intn(n)})
		})),
		newKeyType("Blank", reflect.TypeOf(Blank{}), algGeneric, 0, f(func(r *rand.Rand, n int) any {
			return Blank{A: int16(r.Intn(n)), B: int32(r.Intn(3))}
		})),
		newKeyType("Pad", reflect.TypeOf(Pad{}), algGeneric, 8, f(func(r *rand.Rand, n int) any {
			return Pad{int8(r.Intn(3)), genInt(r, n)}
		})),
		newKeyType("WithIface", reflect.TypeOf(WithIface{}), algGeneric, 8, f(func(r *rand.Rand, n int) any {
			return WithIface{genAny(r, n/4+1), int32(r.Intn(4))}
		})),
		newKeyType("*int", reflect.TypeOf(&pointees[0]), algMem, 8, f(func(r *rand.Rand, n int) any {
			return &pointees[r.Intn(len(pointees))]
		})),
		newKeyType("struct{}", reflect.TypeOf(struct{}{}), algMem, 8, f(func(r *rand.Rand, n int) any {
			return struct{}{}
		})),
	}
	for _, kt := range kts {
		switch kt.name {
		case "Blank":
			kt.scramble = func(r *rand.Rand, p unsafe.Pointer) { *(*int16)(unsafe.Add(p, 2)) = int16(r.Int()) }
		case "Pad":
			kt.scramble = func(r *rand.Rand, p unsafe.Pointer) {
				for i := uintptr(1); i < unsafe.Offsetof(Pad{}.B); i++ {
					*(*byte)(unsafe.Add(p, i)) = byte(r.Int())
				}
			}
		}
	}
	return kts
}
