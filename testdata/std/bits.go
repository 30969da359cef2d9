// std: math/bits — LeadingZeros, TrailingZeros, OnesCount, Len, RotateLeft, Reverse, ReverseBytes at 8, 16, 32 and
// 64 bits, and the full-width arithmetic Add, Sub, Mul, Div, Rem at 32 and 64 bits, printed with println. The
// uint-sized forms (bits.UintSize, LeadingZeros(uint)) are left out: they differ between the 64-bit host and the
// 32-bit boards by design. Div's panics are bits_panic.go's.
package main

import "math/bits"

func main() {
	for _, x := range []uint64{0, 1, 0x80, 0xF0F0, 0x12345678, 0x8000000000000001, 0xFFFFFFFFFFFFFFFF, 0x0123456789ABCDEF} {
		println("x", x)
		println("  64:", bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x), bits.RotateLeft64(x, 8), bits.RotateLeft64(x, -4), bits.Reverse64(x), bits.ReverseBytes64(x))
		x32 := uint32(x)
		println("  32:", bits.LeadingZeros32(x32), bits.TrailingZeros32(x32), bits.OnesCount32(x32), bits.Len32(x32), bits.RotateLeft32(x32, 5), bits.Reverse32(x32), bits.ReverseBytes32(x32))
		x16 := uint16(x)
		println("  16:", bits.LeadingZeros16(x16), bits.TrailingZeros16(x16), bits.OnesCount16(x16), bits.Len16(x16), bits.RotateLeft16(x16, 3), bits.Reverse16(x16), bits.ReverseBytes16(x16))
		x8 := uint8(x)
		println("  8:", bits.LeadingZeros8(x8), bits.TrailingZeros8(x8), bits.OnesCount8(x8), bits.Len8(x8), bits.RotateLeft8(x8, 1), bits.Reverse8(x8))
	}

	s, c := bits.Add64(0xFFFFFFFFFFFFFFFF, 1, 0)
	println("add64", s, c)
	s, c = bits.Add64(1<<63, 1<<63, 1)
	println("add64", s, c)
	d, b := bits.Sub64(0, 1, 0)
	println("sub64", d, b)
	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF)
	println("mul64", hi, lo)
	hi, lo = bits.Mul64(0x0123456789ABCDEF, 0xFEDCBA9876543210)
	println("mul64", hi, lo)
	q, r := bits.Div64(1, 0, 3)
	println("div64", q, r, bits.Rem64(5, 7, 9))
	q, r = bits.Div64(0x0123456789ABCDEF, 0xFEDCBA9876543210, 0xF000000000000001)
	println("div64", q, r)

	s32, c32 := bits.Add32(0xFFFFFFFF, 2, 1)
	println("add32", s32, c32)
	d32, b32 := bits.Sub32(3, 5, 1)
	println("sub32", d32, b32)
	h32, l32 := bits.Mul32(0xDEADBEEF, 0xCAFEBABE)
	println("mul32", h32, l32)
	q32, r32 := bits.Div32(7, 0x12345678, 11)
	println("div32", q32, r32, bits.Rem32(100, 5, 7))

}
