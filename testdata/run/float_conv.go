// Conversions between integers and floats on chosen values: integers of every width to float64 and float32
// (rounding ties, the int64 and uint64 extremes), and floats to integers, which truncate toward zero (in range only:
// out of range, Go leaves the result to the implementation). On AVR these are soft-float helper calls
// (runtime/softfloat*.go: __floatdidf, __fixdfsi, ...). Each row of results is printed as one hash in hex, which
// keeps the AVR run short (printing is slow there), with a few results in full at the end.
package main

import "unsafe"

func f64(b uint64) float64    { return *(*float64)(unsafe.Pointer(&b)) }
func bits64(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }
func f32(b uint32) float32    { return *(*float32)(unsafe.Pointer(&b)) }
func bits32(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }

// ints are converted to float64 and float32 as int64, uint64, int32 and uint32.
var ints = [...]uint64{
	0, 1, 0xffffffffffffffff, // 0, 1, -1 / MaxUint64
	1<<53 + 1, 1<<53 + 3, 1<<54 + 6, // ties at float64 precision: even, up, up
	1<<24 + 1, 1<<24 + 3, // ties at float32 precision
	0x7fffffffffffffff, 0x8000000000000000, // MaxInt64, MinInt64 / 2^63
	0x7ffffffffffffdff, 0x7ffffffffffffe00, // just below a tie, a tie
	0x8000000000000400, 0x8000000000000c00, 0x8000000000000401, // uint64 ties: even, up; just above
	0xfffffffffffff800,                 // uint64 tie at the top: rounds to 2^64
	0x7fffffff, 0x80000000, 0xffffffff, // int32/uint32 extremes
	0xffffffff80000000, // MinInt32 as int64
	0x0000123456789abc, 0xfedcba9876543210,
}

// floats are converted to integers of the types whose range holds them (see the comments).
var floats = [...]uint64{
	0x3ffe666666666666, // 1.9
	0xbffe666666666666, // -1.9
	0x3fe0000000000000, // 0.5
	0xbfe0000000000000, // -0.5
	0x8000000000000000, // -0
	0x0000000000000001, // subnormal
	0x4330000000000001, // 2^52 + 1
	0x4320000000000001, // 2^51 + 0.5
	0x41dfffffffffffff, // just below 2^31: 2147483647
	0xc1e0000000000000, // -2^31
	0xc1e00000001fffff, // -2^31 - 0.99...: still MinInt32 after truncation
	0x41efffffffffffff, // just below 2^32: 4294967295
	0x43dfffffffffffff, // the largest float64 below 2^63
	0xc3e0000000000000, // -2^63
	0x43efffffffffffff, // the largest float64 below 2^64
	0x43e0000000000000, // 2^63: uint64 only
	0xc05fe66666666666, // -127.6
	0x406ffccccccccccd, // 255.9
	0xc0dfffe666666666, // -32767.6
}

var digits = [16]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"}

func hex(b uint64) {
	for i := 60; i >= 0; i -= 4 {
		print(digits[b>>uint(i)&15])
	}
}

var h uint64

func hash(v uint64) { h = (h ^ v) * 0x100000001b3 }

// toInts hashes x converted to every integer type whose range holds it, and a marker for each one that does not.
func toInts(x float64) {
	if x >= -9223372036854775808.0 && x < 9223372036854775808.0 {
		hash(uint64(int64(x)))
	} else {
		hash(1)
	}
	if x > -1 && x < 18446744073709551616.0 {
		hash(uint64(x))
	} else {
		hash(2)
	}
	if x > -2147483649.0 && x < 2147483648.0 {
		hash(uint64(int32(x)))
	} else {
		hash(3)
	}
	if x > -1 && x < 4294967296.0 {
		hash(uint64(uint32(x)))
	} else {
		hash(4)
	}
	if x > -32769.0 && x < 32768.0 {
		hash(uint64(int16(x)))
	}
	if x > -1 && x < 65536.0 {
		hash(uint64(uint16(x)))
	}
	if x > -129.0 && x < 128.0 {
		hash(uint64(int8(x)))
	}
	if x > -1 && x < 256.0 {
		hash(uint64(uint8(x)))
	}
	y := float32(x)
	if y >= -9223372036854775808.0 && y < 9223372036854775808.0 {
		hash(uint64(int64(y)))
	}
	if y > -1 && y < 18446744073709551616.0 {
		hash(uint64(y))
	}
	if y >= -2147483648.0 && y < 2147483648.0 {
		hash(uint64(int32(y)))
	}
	if y > -1 && y < 4294967296.0 {
		hash(uint64(uint32(y)))
	}
}

func main() {
	for i := 0; i < len(ints); i++ {
		n := ints[i]
		h = 0xcbf29ce484222325
		hash(bits64(float64(int64(n))))
		hash(bits64(float64(n)))
		hash(bits64(float64(int32(n))))
		hash(bits64(float64(uint32(n))))
		hash(uint64(bits32(float32(int64(n)))))
		hash(uint64(bits32(float32(n))))
		hash(uint64(bits32(float32(int32(n)))))
		hash(uint64(bits32(float32(uint32(n)))))
		print(" ")
		hex(h)
		if i%4 == 3 {
			println()
		}
	}
	println()
	// Narrow integer types go through the 32-bit helpers.
	var i8 int8 = -128
	var u8 uint8 = 255
	var i16 int16 = -32768
	var u16 uint16 = 65535
	h = 0xcbf29ce484222325
	hash(bits64(float64(i8)))
	hash(bits64(float64(u8)))
	hash(bits64(float64(i16)))
	hash(bits64(float64(u16)))
	hash(uint64(bits32(float32(i8))))
	hash(uint64(bits32(float32(u8))))
	hash(uint64(bits32(float32(i16))))
	hash(uint64(bits32(float32(u16))))
	hex(h)
	println()

	for i := 0; i < len(floats); i++ {
		h = 0xcbf29ce484222325
		toInts(f64(floats[i]))
		print(" ")
		hex(h)
		if i%4 == 3 {
			println()
		}
	}
	println()
	// A few in full: the largest values below the int64, uint64 and uint32 limits, the int64 and int32 minimums.
	println(int64(f64(0x43dfffffffffffff)), uint64(f64(0x43efffffffffffff)), uint32(f64(0x41efffffffffffff)))
	println(int64(f64(0xc3e0000000000000)), int32(f64(0xc1e00000001fffff)), int32(f64(0xc05fe66666666666)))
	println(bits64(float64(int64(-0x7fffffffffffffff-1))), bits64(float64(uint64(0xfffffffffffff800))), bits32(float32(uint32(0xffffffff))))
	// float32 values next to the integer limits.
	println(int64(f32(0x5effffff)), uint64(f32(0x5f7fffff)), uint32(f32(0x4f7fffff)), int32(f32(0xcf000000)), int32(f32(0x4effffff)))
}
