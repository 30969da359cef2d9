//go:build avr

// Soft float, shared part: IEEE 754 binary32 and binary64 arithmetic in integer code, for targets whose LLVM backend
// lowers every float operation to a libgcc-style library call (AVR). This file holds the unpacked form both formats
// are computed in, and the conversions between it and the bit patterns (unpack, normalize, round and pack);
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
// The code is shaped by LLVM 14's AVR backend, which expands a constant shift of a 64-bit value (other than by a
// multiple of 8) and a 64-bit select into long instruction sequences, while a variable shift is a short call to
// libgcc's __ashldi3/__lshrdi3. So shift counts are variables (masked with &63, which also spares the code Go's
// out-of-range shift semantics need), and the one constant shift on the rounding path is by 8: round first moves the
// significand so that its last place is bit 8, and the bits to round off are then exactly the low byte. Every
// helper call passes at most 18 bytes of arguments, what AVR passes in registers: llc-14 miscompiles calls that pass
// arguments on the stack. No floats are used here (they would call these very helpers).

package runtime

import "unsafe"

// Classes of an unpacked value.
const (
	fpZero   = 0
	fpFinite = 1 // nonzero finite
	fpInf    = 2
	fpNaN    = 3
)

// Bit patterns of +∞ and the float64 sign bit.
const (
	inf64  = 0x7ff0000000000000
	inf32  = 0x7f800000
	sign64 = 1 << 63
)

// unpacked is a float in a form that is easy to compute with. For a finite nonzero value (class fpFinite) the
// value is (-1)^neg × mant × 2^(exp−60), with mant nonzero. Unpacked operands are normalized: bit 60 is the
// leading one, the three bits above it are headroom for a carry (addition) or a shift (division), and a float64
// significand's last place is bit 8. Results may have their leading one anywhere, and bit 0 may be a sticky bit,
// set when nonzero bits further right were dropped (the rounding reads it). For a NaN, mant holds the payload
// (the fraction field) with its top bit at bit 59 in both formats, which converts payloads between the formats as
// x86 does.
type unpacked struct {
	mant  uint64
	exp   int16
	neg   bool
	class uint8
}

// unpack64 unpacks x, whose mant holds a float64 bit pattern. (Callers store the bit pattern in x first: they then
// keep nothing in registers across the call, which spares them most of their register saving, and x needs no
// zeroing.)
func unpack64(x *unpacked) {
	b := x.mant
	x.neg = b >= sign64
	x.mant = (b & (1<<52 - 1)) << 8 // a shift by 8 is only register moves
	unpack(x, int16(b>>52)&0x7ff, 1023)
}

// unpack32 unpacks x, whose mant holds a float32 bit pattern.
func unpack32(x *unpacked) {
	b := uint32(x.mant)
	x.neg = b >= 1<<31
	x.mant = uint64((b&(1<<23-1))<<5) << 32
	unpack(x, int16(b>>23)&0xff, 127)
}

// unpack completes x, whose sign is set and whose mant holds the fraction field with its top bit at bit 59, from
// the biased exponent field e of a format with exponent bias bias (1023 or 127; its all-ones exponent field,
// infinities and NaNs, is 2*bias+1).
func unpack(x *unpacked, e int16, bias int16) {
	if e == 2*bias+1 {
		x.class = fpInf
		if x.mant != 0 {
			x.class = fpNaN
		}
		return
	}
	x.class = fpZero
	if e == 0 {
		if x.mant == 0 {
			return
		}
		x.class = fpFinite
		x.exp = 1 - bias // subnormal: the scale of the smallest normal, no implicit one
		normalize(x)
		return
	}
	x.class = fpFinite
	x.mant |= 1 << 60
	x.exp = e - bias
}

// normalize shifts x.mant (nonzero, below 2^61) left until bit 60 is its leading one, adjusting the exponent.
func normalize(x *unpacked) {
	n := leadingZeros(&x.mant) - 3
	x.mant <<= n & 63
	x.exp -= int16(n)
}

// leadingZeros returns the number of leading zero bits of *m, which is not 0, reading it by bytes.
func leadingZeros(m *uint64) uint8 {
	b := (*[8]byte)(unsafe.Pointer(m))
	i := uint8(7)
	for b[i&7] == 0 {
		i--
	}
	n := (7 - i) * 8
	for top := b[i&7]; top < 0x80; top <<= 1 {
		n++
	}
	return n
}

// shiftRightSticky returns m >> n with bit 0 set when a bit shifted out was set (the sticky bit); n may exceed 63.
func shiftRightSticky(m uint64, n uint16) uint64 {
	if n > 63 {
		if m != 0 {
			return 1
		}
		return 0
	}
	r := m >> (n & 63)
	if r<<(n&63) != m {
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
		bits = inf64 | 1<<51 | x.mant>>8 // made quiet
	case fpFinite:
		m, e := round(x, 1023, 52)
		bits = uint64(e)<<52 + m
	}
	if x.neg {
		bits |= sign64
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
		bits = inf32 | 1<<22 | uint32(x.mant>>32)>>5 // made quiet
	case fpFinite:
		m, e := round(x, 127, 23)
		bits = uint32(e)<<23 + uint32(m)
	}
	if x.neg {
		bits |= 1 << 31
	}
	return bits
}

// round rounds the finite x to nearest even for the format with exponent bias bias and fraction width fb. It
// returns the rounded significand, leading one included, and the exponent field minus one: their sum, with the
// exponent shifted into place, is the bit pattern without sign, and a carry out of the rounding lands in the
// exponent (a subnormal rounds up into the smallest normal, the largest finite value into infinity). On overflow it
// returns infinity's exponent field and a zero significand.
//
// The significand is first shifted so that its last place is bit 8 (its leading one at fb+8), further right for a
// subnormal (gradual underflow: still one rounding); a right shift keeps a sticky bit. The low byte then holds
// exactly the bits to round off.
func round(x *unpacked, bias int16, fb uint8) (uint64, int16) {
	lz := int16(leadingZeros(&x.mant))
	m := x.mant
	e := x.exp + bias + 3 - lz // biased exponent of the leading one
	if e >= 2*bias+1 {
		return 0, 2*bias + 1
	}
	shift := 55 - lz - int16(fb) // moves the leading one from bit 63−lz to bit fb+8
	if e <= 0 {
		shift += 1 - e
		e = 1
	}
	if shift > 0 {
		m = shiftRightSticky(m, uint16(shift))
	} else if shift < 0 {
		m <<= uint8(-shift) & 63
	}
	rest := uint8(m)
	m >>= 8
	if rest > 0x80 || rest == 0x80 && m&1 != 0 {
		m++
	}
	return m, e - 1
}

// extendsfdf2 converts a float32 to float64 (exactly).
//
//export __extendsfdf2
func extendsfdf2(a uint32) uint64 {
	x := unpacked{mant: uint64(a)}
	unpack32(&x)
	return pack64(&x)
}

// truncdfsf2 converts a float64 to float32, rounding to nearest even.
//
//export __truncdfsf2
func truncdfsf2(a uint64) uint32 {
	x := unpacked{mant: uint64(a)}
	unpack64(&x)
	return pack32(&x)
}
