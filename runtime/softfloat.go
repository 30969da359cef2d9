//go:build avr

// Soft float, shared part: IEEE 754 binary32 and binary64 arithmetic in integer code, for targets whose LLVM backend
// lowers every float operation to a libgcc-style library call (AVR). This file holds the unpacked form both formats
// are computed in, and the conversions between it and the bit patterns (unpack, normalize, pack with rounding);
// softfloat_arith.go has the operations, softfloat_conv.go the comparisons and integer conversions, each exported
// under its libgcc name. Values cross the ABI as integers of the same size (uint64 for double, uint32 for float):
// LLVM's AVR backend passes an i64 and a double, an i32 and a float, in the same registers.
//
// Both formats share one core: a float32 operand is unpacked into the same form as a float64 one, the operation is
// computed exactly (or with a sticky bit standing for everything below its last bit), and the result is rounded
// once, to the destination format. That is single rounding, so float32 results are exact too.
//
// Semantics are IEEE 754 with round to nearest, ties to even, gradual underflow and signed zeros. NaN results follow
// x86-64 SSE, what gc produces on amd64: an operation with a NaN operand returns the first NaN operand made quiet
// (sign and payload kept; a float32↔float64 conversion keeps the top payload bits), and an invalid operation (∞−∞,
// 0×∞, 0/0, ∞/∞) returns the default NaN, 0xfff8000000000000 (0xffc00000 as float32).
//
// The code is written for 8-bit AVR: only constant shifts in the hot paths (LLVM turns those into byte moves),
// 64-bit multiplication only as 32×32-bit partial products, no floats (they would call these very helpers).

package runtime

// Classes of an unpacked value.
const (
	fpZero   = 0
	fpFinite = 1 // nonzero finite: mant is normalized
	fpInf    = 2
	fpNaN    = 3
)

// Bit patterns of +∞.
const (
	inf64 = 0x7ff0000000000000
	inf32 = 0x7f800000
)

// unpacked is a float in a form that is easy to compute with. For a finite nonzero value (class fpFinite) the
// value is (-1)^neg × mant × 2^(exp−62) and mant is normalized: bit 62 is its leading one, bit 63 is clear, and bit 0
// may be a sticky bit standing for nonzero bits further right (operations set it; the rounding in pack reads it).
// For a NaN, mant holds the payload in float64 position (bits 0..51, a float32 payload in bits 29..51).
type unpacked struct {
	mant  uint64
	exp   int16
	neg   bool
	class uint8
}

// unpack64 unpacks the float64 bit pattern b into x.
func unpack64(x *unpacked, b uint64) {
	unpack(x, b>>63 != 0, int16(b>>52)&0x7ff, b<<12>>2, 1023)
}

// unpack32 unpacks the float32 bit pattern b into x.
func unpack32(x *unpacked, b uint32) {
	unpack(x, b>>31 != 0, int16(b>>23)&0xff, uint64(b)<<41>>2, 127)
}

// unpack fills x from the fields of a bit pattern: the sign, the biased exponent field e and the fraction frac,
// aligned so that its top bit is bit 61 (just below the implicit leading one at bit 62), for a format whose
// exponent bias is bias (its all-ones exponent field, infinities and NaNs, is 2*bias+1).
func unpack(x *unpacked, neg bool, e int16, frac uint64, bias int16) {
	x.neg = neg
	x.mant = frac
	if e == 2*bias+1 {
		x.class = fpInf
		if frac != 0 {
			x.class = fpNaN
			x.mant = frac >> 10
		}
		return
	}
	x.class = fpZero
	if e == 0 {
		if frac == 0 {
			return
		}
		e = 1 // subnormal: same scale as the smallest normal, no implicit one
	} else {
		x.mant = frac | 1<<62
	}
	x.class = fpFinite
	x.exp = e - bias
	normalize(x)
}

// normalize shifts a nonzero x.mant left until bit 62 is its leading one, adjusting the exponent. It takes whole
// bytes first: an 8-bit shift of a 64-bit value is only register moves on AVR.
func normalize(x *unpacked) {
	for x.mant < 1<<55 {
		x.mant <<= 8
		x.exp -= 8
	}
	for x.mant < 1<<62 {
		x.mant <<= 1
		x.exp--
	}
}

// shiftRight returns m >> n and whether any of the bits shifted out was set; n may be 64 or more. It shifts by
// whole bytes, then bits: constant shifts only, which AVR does inline (a variable 64-bit shift is a libgcc loop).
func shiftRight(m uint64, n uint16) (uint64, bool) {
	var lost uint8
	if n > 64 {
		n = 64
	}
	for n >= 8 {
		lost |= uint8(m)
		m >>= 8
		n -= 8
	}
	for n > 0 {
		lost |= uint8(m) & 1
		m >>= 1
		n--
	}
	return m, lost != 0
}

// shiftRightSticky returns m >> n with bit 0 set when any bit shifted out was set (the sticky bit).
func shiftRightSticky(m uint64, n uint16) uint64 {
	r, lost := shiftRight(m, n)
	if lost {
		r |= 1
	}
	return r
}

// setInvalid makes x the default NaN, the result of an invalid operation.
func setInvalid(x *unpacked) {
	x.class = fpNaN
	x.neg = true
	x.mant = 0
}

// pickNaN handles NaN operands of a two-operand operation: when x or y is a NaN it leaves the first NaN in x and
// returns true.
func pickNaN(x, y *unpacked) bool {
	if x.class == fpNaN {
		return true
	}
	if y.class == fpNaN {
		*x = *y
		return true
	}
	return false
}

// pack64 returns the float64 bit pattern of x, rounded to nearest even.
func pack64(x *unpacked) uint64 {
	var bits uint64
	switch x.class {
	case fpInf:
		bits = inf64
	case fpNaN:
		bits = inf64 | 1<<51 | x.mant
	case fpFinite:
		m, e := round(x.mant, x.exp+1023, 2047)
		bits = uint64(e)<<52 + m
	}
	if x.neg {
		bits |= 1 << 63
	}
	return bits
}

// pack32 returns the float32 bit pattern of x, rounded to nearest even.
func pack32(x *unpacked) uint32 {
	var bits uint32
	switch x.class {
	case fpInf:
		bits = inf32
	case fpNaN:
		bits = inf32 | 1<<22 | uint32(x.mant>>29)
	case fpFinite:
		// Move the significand to the float64 rounding position: its last bit at bit 10, the rest sticky.
		m, e := round(shiftRightSticky(x.mant, 29), x.exp+127, 255)
		bits = uint32(e)<<23 + uint32(m)
	}
	if x.neg {
		bits |= 1 << 31
	}
	return bits
}

// round rounds a significand m to nearest even at bit 10 (bits 9..0 are the part to round off) for biased
// exponent e in a format whose all-ones exponent field is expMax. It returns the rounded significand, leading one
// included, and the exponent field minus one: their sum, with the exponent shifted into place, is the bit pattern,
// and a carry out of the rounding lands in the exponent (a subnormal rounds up into the smallest normal, the largest
// finite value into infinity). An exponent too small for a normal number is first raised to 1 by shifting m right
// (gradual underflow: one rounding, of the subnormal); one too large gives infinity (m = 0, e = expMax).
func round(m uint64, e int16, expMax int16) (uint64, int16) {
	if e >= expMax {
		return 0, expMax
	}
	if e <= 0 {
		m = shiftRightSticky(m, uint16(1-e))
		e = 1
	}
	rest := m & 0x3ff
	m >>= 10
	if rest > 0x200 || rest == 0x200 && m&1 != 0 {
		m++
	}
	return m, e - 1
}

// extendsfdf2 converts a float32 to float64 (exactly).
//
//export __extendsfdf2
func extendsfdf2(a uint32) uint64 {
	var x unpacked
	unpack32(&x, a)
	return pack64(&x)
}

// truncdfsf2 converts a float64 to float32, rounding to nearest even.
//
//export __truncdfsf2
func truncdfsf2(a uint64) uint32 {
	var x unpacked
	unpack64(&x, a)
	return pack32(&x)
}
