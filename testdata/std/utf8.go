// std: unicode/utf8 — encoding and decoding runes (EncodeRune, AppendRune, DecodeRune, DecodeRuneInString,
// DecodeLastRune), counting, validity, FullRune, RuneLen and RuneStart over valid and invalid sequences, printed with
// println.
package main

import "unicode/utf8"

func main() {
	for _, r := range []rune{'a', 'é', '€', '𝄞', 0x10FFFF, 0x110000, -1, 0xD800} {
		var b [4]byte
		n := utf8.EncodeRune(b[:], r)
		print(r, " len ", utf8.RuneLen(r), " valid ", utf8.ValidRune(r), " bytes")
		for _, c := range b[:n] {
			print(" ", c)
		}
		println()
	}
	buf := utf8.AppendRune([]byte("x"), '世')
	println(string(buf), len(buf))

	s := "héllo, 世界 𝄞"
	println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s), utf8.Valid([]byte(s)))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		print(r, "/", size, " ")
		i += size
	}
	println()
	for b := []byte(s); len(b) > 0; {
		r, size := utf8.DecodeLastRune(b)
		print(r, "/", size, " ")
		b = b[:len(b)-size]
	}
	println()
	r, size := utf8.DecodeLastRuneInString("ab€")
	println(r, size)

	bad := []string{"\xff", "\xc3", "\xc3\x28", "\xe2\x82", "\xed\xa0\x80", "\xf4\x90\x80\x80", "a\x80b", "\xc0\xaf", ""}
	for _, x := range bad {
		r, size := utf8.DecodeRuneInString(x)
		println(len(x), r, size, utf8.ValidString(x), utf8.FullRuneInString(x), utf8.RuneCountInString(x), r == utf8.RuneError)
	}
	println(utf8.FullRune([]byte{0xe2, 0x82}), utf8.FullRune([]byte{0xe2, 0x82, 0xac}), utf8.RuneStart(0x82), utf8.RuneStart('a'), utf8.RuneStart(0xe2))
	println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, utf8.RuneError)
	n := 0
	for i, r := range "a\xffé" {
		println(i, r)
		n++
	}
	println(n)
}
