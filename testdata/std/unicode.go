// std: unicode — the classes (IsLetter, IsDigit, IsNumber, IsSpace, IsUpper, IsLower, IsTitle, IsPunct, IsSymbol,
// IsMark, IsControl, IsGraphic, IsPrint), case mapping (ToUpper, ToLower, ToTitle, To, SimpleFold) and range tables
// (Is, In, IsOneOf) over ASCII, Latin-1 and a few scripts, printed with println.
package main

import "unicode"

// flag prints 1 or 0.
func flag(b bool) {
	if b {
		print(1)
	} else {
		print(0)
	}
}

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '\t', '\n', '!', '$', '_', 'é', 'ß', 'Σ', 'ǅ', '٣', 'Ⅻ', '世', '\u0301', '\u00a0', '\u2028', '\x7f', '☺', '€', 'ʰ', 0x10FFFF, -1}
	println("rune L D N S U l T P Sy M C G Pr")
	for _, r := range runes {
		print(r, " ")
		for _, f := range []func(rune) bool{unicode.IsLetter, unicode.IsDigit, unicode.IsNumber, unicode.IsSpace, unicode.IsUpper, unicode.IsLower, unicode.IsTitle, unicode.IsPunct, unicode.IsSymbol, unicode.IsMark, unicode.IsControl, unicode.IsGraphic, unicode.IsPrint} {
			flag(f(r))
			print(" ")
		}
		println(unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}

	println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'), unicode.To(unicode.TitleCase, 'ǆ'))
	for _, r := range []rune{'A', 'a', 'K', 'k', '\u212A', 'ſ', '1', 'Σ'} {
		print(r, ":")
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			print(" ", f)
		}
		println()
	}

	println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Han, 'a'), unicode.Is(unicode.Greek, 'λ'), unicode.Is(unicode.Latin, 'λ'))
	println(unicode.In('λ', unicode.Latin, unicode.Greek), unicode.In('x', unicode.Cyrillic, unicode.Arabic), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Letter}, '7'))
	println(unicode.Is(unicode.Cyrillic, 'Ж'), unicode.Is(unicode.Arabic, 'ب'), unicode.Is(unicode.Hiragana, 'あ'), unicode.Is(unicode.Sc, '€'))
	println(unicode.TurkishCase.ToUpper('i'), unicode.TurkishCase.ToLower('I'), unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	println(unicode.Version)
}
