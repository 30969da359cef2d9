//go:build avr

// Soft float comparisons and integer conversions, exported under their libgcc names (see softfloat.go).
//
// Comparisons return an int8, LLVM's compare-libcall result type on AVR, with libgcc's contracts: __eqXf2 and
// __neXf2 return 0 exactly when a == b; __ltXf2 and __leXf2 return a value < 0 (<= 0) exactly when a < b (a <= b);
// __gtXf2 and __geXf2 return a value > 0 (>= 0) exactly when a > b (a >= b); __unordXf2 returns nonzero exactly when
// a or b is a NaN. So for a NaN operand the first four return 1 and the next two −1: every ordered predicate is
// false, and LLVM may test an unordered one (ult) as the negation of the opposite (__gedf2 < 0).
//
// Float-to-integer conversions truncate toward zero. Out-of-range values saturate to the type's minimum or maximum
// and a NaN converts to 0 (Go leaves both implementation-dependent; Rust's conversions and Cortex-M libgcc's 32-bit
// ones do the same, gc on amd64 gives the "integer indefinite" 0x8000... instead). LLVM converts to 8- and 16-bit
// integers through the 32-bit helpers and truncates, so int8(300.0) is 44 here as on amd64.

package runtime

// fcmpUnord is the result fcmp64 and fcmp32 are asked to return for unordered operands by __unordXf2.
const fcmpUnord = 2

// fcmp64 compares two float64 bit patterns: −1, 0 or 1 for less, equal (+0 and −0 are equal) and greater, or
// unord when either is a NaN.
func fcmp64(a, b uint64, unord int8) int8 {
	if a&^sign64 > inf64 || b&^sign64 > inf64 {
		return unord
	}
	return order(a, b)
}

// fcmp32 is fcmp64 for float32 bit patterns.
func fcmp32(a, b uint32, unord int8) int8 {
	if a&^(1<<31) > inf32 || b&^(1<<31) > inf32 {
		return unord
	}
	return order(uint64(a)<<32, uint64(b)<<32)
}

// order compares two non-NaN float bit patterns of one format (a float32 one in the top half of a uint64). They
// are sign-magnitude: magnitudes compare in reverse when both are negative, and +0 equals −0.
func order(a, b uint64) int8 {
	if (a|b)&^sign64 == 0 || a == b {
		return 0
	}
	aneg := a >= sign64
	less := (a < b) != aneg // same signs: the magnitudes' order, reversed when negative
	if aneg != (b >= sign64) {
		less = aneg // different signs: the negative one is less
	}
	if less {
		return -1
	}
	return 1
}

// eqdf2 is __eqdf2: 0 exactly when a == b.
//
//export __eqdf2
func eqdf2(a, b uint64) int8 { return fcmp64(a, b, 1) }

// nedf2 is __nedf2: nonzero exactly when a != b (or unordered).
//
//export __nedf2
func nedf2(a, b uint64) int8 { return fcmp64(a, b, 1) }

// ltdf2 is __ltdf2: negative exactly when a < b.
//
//export __ltdf2
func ltdf2(a, b uint64) int8 { return fcmp64(a, b, 1) }

// ledf2 is __ledf2: at most 0 exactly when a <= b.
//
//export __ledf2
func ledf2(a, b uint64) int8 { return fcmp64(a, b, 1) }

// gtdf2 is __gtdf2: positive exactly when a > b.
//
//export __gtdf2
func gtdf2(a, b uint64) int8 { return fcmp64(a, b, -1) }

// gedf2 is __gedf2: at least 0 exactly when a >= b.
//
//export __gedf2
func gedf2(a, b uint64) int8 { return fcmp64(a, b, -1) }

// unorddf2 is __unorddf2: nonzero exactly when a or b is a NaN.
//
//export __unorddf2
func unorddf2(a, b uint64) int8 { return unord(fcmp64(a, b, fcmpUnord)) }

// eqsf2 is __eqsf2, eqdf2 for float32.
//
//export __eqsf2
func eqsf2(a, b uint32) int8 { return fcmp32(a, b, 1) }

// nesf2 is __nesf2, nedf2 for float32.
//
//export __nesf2
func nesf2(a, b uint32) int8 { return fcmp32(a, b, 1) }

// ltsf2 is __ltsf2, ltdf2 for float32.
//
//export __ltsf2
func ltsf2(a, b uint32) int8 { return fcmp32(a, b, 1) }

// lesf2 is __lesf2, ledf2 for float32.
//
//export __lesf2
func lesf2(a, b uint32) int8 { return fcmp32(a, b, 1) }

// gtsf2 is __gtsf2, gtdf2 for float32.
//
//export __gtsf2
func gtsf2(a, b uint32) int8 { return fcmp32(a, b, -1) }

// gesf2 is __gesf2, gedf2 for float32.
//
//export __gesf2
func gesf2(a, b uint32) int8 { return fcmp32(a, b, -1) }

// unordsf2 is __unordsf2, unorddf2 for float32.
//
//export __unordsf2
func unordsf2(a, b uint32) int8 { return unord(fcmp32(a, b, fcmpUnord)) }

// unord turns fcmp's result into __unordXf2's: 1 for unordered, else 0.
func unord(c int8) int8 {
	if c == fcmpUnord {
		return 1
	}
	return 0
}

// fromInt sets x to the integer with magnitude m, negated when neg; pack then rounds it.
func fromInt(x *unpacked, neg bool, m uint64) {
	x.neg = neg
	x.class = fpZero
	if m == 0 {
		return
	}
	x.class = fpFinite
	x.exp = 60
	x.mant = m
}

// fromInt64 sets x to the signed integer v.
func fromInt64(x *unpacked, v int64) {
	m := uint64(v)
	if v < 0 {
		m = -m // also right for the minimum: 2^63
	}
	fromInt(x, v < 0, m)
}

// floatsidf converts an int32 to float64 (exactly).
//
//export __floatsidf
func floatsidf(a int32) uint64 {
	var x unpacked
	fromInt64(&x, int64(a))
	return pack64(&x)
}

// floatunsidf converts a uint32 to float64 (exactly).
//
//export __floatunsidf
func floatunsidf(a uint32) uint64 {
	var x unpacked
	fromInt(&x, false, uint64(a))
	return pack64(&x)
}

// floatdidf converts an int64 to float64, rounding to nearest even.
//
//export __floatdidf
func floatdidf(a int64) uint64 {
	var x unpacked
	fromInt64(&x, a)
	return pack64(&x)
}

// floatundidf converts a uint64 to float64, rounding to nearest even.
//
//export __floatundidf
func floatundidf(a uint64) uint64 {
	var x unpacked
	fromInt(&x, false, a)
	return pack64(&x)
}

// floatsisf converts an int32 to float32, rounding to nearest even.
//
//export __floatsisf
func floatsisf(a int32) uint32 {
	var x unpacked
	fromInt64(&x, int64(a))
	return pack32(&x)
}

// floatunsisf converts a uint32 to float32, rounding to nearest even.
//
//export __floatunsisf
func floatunsisf(a uint32) uint32 {
	var x unpacked
	fromInt(&x, false, uint64(a))
	return pack32(&x)
}

// floatdisf converts an int64 to float32, rounding to nearest even.
//
//export __floatdisf
func floatdisf(a int64) uint32 {
	var x unpacked
	fromInt64(&x, a)
	return pack32(&x)
}

// floatundisf converts a uint64 to float32, rounding to nearest even.
//
//export __floatundisf
func floatundisf(a uint64) uint32 {
	var x unpacked
	fromInt(&x, false, a)
	return pack32(&x)
}

// truncMag returns the magnitude of x truncated toward zero, saturated at 2^64−1; 0 for a NaN.
func truncMag(x *unpacked) uint64 {
	switch x.class {
	case fpInf:
		return 0xffffffffffffffff
	case fpFinite:
		if x.exp >= 64 {
			return 0xffffffffffffffff
		}
		if x.exp > 60 {
			return x.mant << (uint8(x.exp-60) & 63)
		}
		if x.exp >= 0 {
			return x.mant >> (uint8(60-x.exp) & 63)
		}
	}
	return 0
}

// toSigned converts x to a signed integer whose maximum is max, saturating.
func toSigned(x *unpacked, max uint64) int64 {
	m := truncMag(x)
	if x.neg {
		if m > max+1 {
			m = max + 1
		}
		return -int64(m)
	}
	if m > max {
		m = max
	}
	return int64(m)
}

// toUnsigned converts x to an unsigned integer whose maximum is max, saturating (negative values give 0).
func toUnsigned(x *unpacked, max uint64) uint64 {
	m := truncMag(x)
	if x.neg {
		return 0
	}
	if m > max {
		m = max
	}
	return m
}

// fixdfsi converts a float64 to int32, truncating (saturating; NaN gives 0).
//
//export __fixdfsi
func fixdfsi(a uint64) int32 {
	x := unpacked{mant: uint64(a)}
	unpack64(&x)
	return int32(toSigned(&x, 1<<31-1))
}

// fixunsdfsi converts a float64 to uint32, truncating (saturating; NaN gives 0).
//
//export __fixunsdfsi
func fixunsdfsi(a uint64) uint32 {
	x := unpacked{mant: uint64(a)}
	unpack64(&x)
	return uint32(toUnsigned(&x, 1<<32-1))
}

// fixdfdi converts a float64 to int64, truncating (saturating; NaN gives 0).
//
//export __fixdfdi
func fixdfdi(a uint64) int64 {
	x := unpacked{mant: uint64(a)}
	unpack64(&x)
	return toSigned(&x, 1<<63-1)
}

// fixunsdfdi converts a float64 to uint64, truncating (saturating; NaN gives 0).
//
//export __fixunsdfdi
func fixunsdfdi(a uint64) uint64 {
	x := unpacked{mant: uint64(a)}
	unpack64(&x)
	return toUnsigned(&x, 1<<64-1)
}

// fixsfsi converts a float32 to int32, truncating (saturating; NaN gives 0).
//
//export __fixsfsi
func fixsfsi(a uint32) int32 {
	x := unpacked{mant: uint64(a)}
	unpack32(&x)
	return int32(toSigned(&x, 1<<31-1))
}

// fixunssfsi converts a float32 to uint32, truncating (saturating; NaN gives 0).
//
//export __fixunssfsi
func fixunssfsi(a uint32) uint32 {
	x := unpacked{mant: uint64(a)}
	unpack32(&x)
	return uint32(toUnsigned(&x, 1<<32-1))
}

// fixsfdi converts a float32 to int64, truncating (saturating; NaN gives 0).
//
//export __fixsfdi
func fixsfdi(a uint32) int64 {
	x := unpacked{mant: uint64(a)}
	unpack32(&x)
	return toSigned(&x, 1<<63-1)
}

// fixunssfdi converts a float32 to uint64, truncating (saturating; NaN gives 0).
//
//export __fixunssfdi
func fixunssfdi(a uint32) uint64 {
	x := unpacked{mant: uint64(a)}
	unpack32(&x)
	return toUnsigned(&x, 1<<64-1)
}
