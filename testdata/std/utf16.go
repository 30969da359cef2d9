// std: unicode/utf16 — Encode and Decode of runes with surrogate pairs, EncodeRune, DecodeRune, IsSurrogate, and
// unpaired surrogates becoming U+FFFD, printed with println.
package main

import "unicode/utf16"

func main() {
	runes := []rune("a€𝄞😀\U0010FFFF")
	units := utf16.Encode(runes)
	print(len(runes), " runes -> ", len(units), " units:")
	for _, u := range units {
		print(" ", u)
	}
	println()
	back := utf16.Decode(units)
	println(string(back), len(back))

	r1, r2 := utf16.EncodeRune('𝄞')
	println(r1, r2, utf16.DecodeRune(r1, r2))
	r1, r2 = utf16.EncodeRune('a')
	println(r1, r2)
	println(utf16.DecodeRune('a', 'b'), utf16.DecodeRune(0xD800, 'b'))
	println(utf16.IsSurrogate(0xD800), utf16.IsSurrogate(0xDFFF), utf16.IsSurrogate(0xE000), utf16.IsSurrogate('a'))

	odd := utf16.Decode([]uint16{0xD83D, 'x', 0xDE00, 0xD83D, 0xDE00, 0xD800})
	for _, r := range odd {
		print(r, " ")
	}
	println()
	bad := utf16.Encode([]rune{0xD800, 0x110000, -1, 'z'})
	for _, u := range bad {
		print(u, " ")
	}
	println()
}
