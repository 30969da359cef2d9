// UTF-8 for the language: decoding one rune for `for range` over a string, encoding a rune for string(r), and the
// conversions between strings and rune slices. Decoding follows the Unicode standard as Go's unicode/utf8 does: an
// invalid byte, an overlong or surrogate encoding, a code point above U+10FFFF or a truncated sequence yields U+FFFD
// and advances one byte. The converted slices' memory comes from the allocation site (codegen); these helpers only
// fill it in.

package runtime

import "unsafe"

const runeError = 0xfffd

// decoderune returns the rune that starts at byte k of s (k < len(s)) and the index of the byte after it.
func decoderune(s string, k int) (rune, int) {
	c0 := s[k]
	if c0 < 0x80 {
		return rune(c0), k + 1
	}
	n := len(s) - k
	switch {
	case c0 < 0xc2:
		// A continuation byte, or an overlong two-byte start.
	case c0 < 0xe0:
		if n >= 2 && isCont(s[k+1], 0x80, 0xbf) {
			return rune(c0&0x1f)<<6 | rune(s[k+1]&0x3f), k + 2
		}
	case c0 < 0xf0:
		lo, hi := byte(0x80), byte(0xbf)
		if c0 == 0xe0 {
			lo = 0xa0 // overlong
		} else if c0 == 0xed {
			hi = 0x9f // surrogates
		}
		if n >= 3 && isCont(s[k+1], lo, hi) && isCont(s[k+2], 0x80, 0xbf) {
			return rune(c0&0x0f)<<12 | rune(s[k+1]&0x3f)<<6 | rune(s[k+2]&0x3f), k + 3
		}
	case c0 < 0xf5:
		lo, hi := byte(0x80), byte(0xbf)
		if c0 == 0xf0 {
			lo = 0x90 // overlong
		} else if c0 == 0xf4 {
			hi = 0x8f // above U+10FFFF
		}
		if n >= 4 && isCont(s[k+1], lo, hi) && isCont(s[k+2], 0x80, 0xbf) && isCont(s[k+3], 0x80, 0xbf) {
			return rune(c0&0x07)<<18 | rune(s[k+1]&0x3f)<<12 | rune(s[k+2]&0x3f)<<6 | rune(s[k+3]&0x3f), k + 4
		}
	}
	return runeError, k + 1
}

// isCont reports whether c is a continuation byte within [lo, hi].
func isCont(c, lo, hi byte) bool {
	return lo <= c && c <= hi
}

// runeLen returns the number of bytes of r's encoding (invalid runes encode as U+FFFD, 3 bytes).
func runeLen(r rune) uintptr {
	switch {
	case r < 0:
		return 3
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r >= 0xd800 && r <= 0xdfff:
		return 3
	case r < 0x10000:
		return 3
	case r <= 0x10ffff:
		return 4
	}
	return 3
}

// encoderune writes the UTF-8 encoding of r (U+FFFD for a negative rune, a surrogate or one above U+10FFFF) to p,
// which has room for 4 bytes, and returns its length.
func encoderune(p unsafe.Pointer, r rune) uintptr {
	n := runeLen(r)
	if r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff) {
		r = runeError
	}
	b := (*[4]byte)(p)
	switch n {
	case 1:
		b[0] = byte(r)
	case 2:
		b[0] = 0xc0 | byte(r>>6)
		b[1] = 0x80 | byte(r)&0x3f
	case 3:
		b[0] = 0xe0 | byte(r>>12)
		b[1] = 0x80 | byte(r>>6)&0x3f
		b[2] = 0x80 | byte(r)&0x3f
	default:
		b[0] = 0xf0 | byte(r>>18)
		b[1] = 0x80 | byte(r>>12)&0x3f
		b[2] = 0x80 | byte(r>>6)&0x3f
		b[3] = 0x80 | byte(r)&0x3f
	}
	return n
}

// countrunes returns the number of runes []rune(s) has.
func countrunes(s string) uintptr {
	var n uintptr
	for k := 0; k < len(s); n++ {
		_, k = decoderune(s, k)
	}
	return n
}

// decoderunes stores the runes of s at p (room for countrunes(s) runes).
func decoderunes(p unsafe.Pointer, s string) {
	for k := 0; k < len(s); {
		var r rune
		r, k = decoderune(s, k)
		*(*rune)(p) = r
		p = unsafe.Pointer(uintptr(p) + 4)
	}
}

// encodedRunesLen returns the length of the UTF-8 encoding of the n runes at p.
func encodedRunesLen(p unsafe.Pointer, n uintptr) uintptr {
	var total uintptr
	for i := uintptr(0); i < n; i++ {
		total += runeLen(*(*rune)(unsafe.Pointer(uintptr(p) + 4*i)))
	}
	return total
}

// encoderunes writes the UTF-8 encoding of the n runes at src to dst.
func encoderunes(dst unsafe.Pointer, src unsafe.Pointer, n uintptr) {
	for i := uintptr(0); i < n; i++ {
		dst = unsafe.Pointer(uintptr(dst) + encoderune(dst, *(*rune)(unsafe.Pointer(uintptr(src) + 4*i))))
	}
}
