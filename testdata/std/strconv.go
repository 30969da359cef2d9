// std: strconv — integers (Itoa, Atoi, ParseInt/ParseUint in every base with their errors, FormatInt/FormatUint,
// AppendInt), booleans, and quoting (Quote, QuoteToASCII, QuoteRune, Unquote, UnquoteChar, CanBackquote), printed
// with println. Floats are strconv_float.go's.
package main

import (
	"errors"
	"strconv"
)

// show prints a parse result: the value, or the error's text and whether it is ErrRange or ErrSyntax.
func show(v int64, err error) {
	if err != nil {
		println("  err:", err.Error(), errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax), v)
		return
	}
	println("  ok:", v)
}

func main() {
	println(strconv.Itoa(0), strconv.Itoa(-42), strconv.Itoa(2147483647), strconv.Itoa(-2147483648))
	for _, s := range []string{"123", "-7", "+8", "abc", "", "12a", "0x10", "2147483647"} {
		n, err := strconv.Atoi(s)
		show(int64(n), err)
	}

	println("ParseInt")
	show(strconv.ParseInt("-9223372036854775808", 10, 64))
	show(strconv.ParseInt("9223372036854775808", 10, 64))
	show(strconv.ParseInt("ff", 16, 64))
	show(strconv.ParseInt("0xff", 0, 64))
	show(strconv.ParseInt("0b1011", 0, 8))
	show(strconv.ParseInt("0o17", 0, 64))
	show(strconv.ParseInt("017", 0, 64))
	show(strconv.ParseInt("1_000_000", 0, 64))
	show(strconv.ParseInt("1_000", 10, 64))
	show(strconv.ParseInt("128", 10, 8))
	show(strconv.ParseInt("-129", 10, 8))
	show(strconv.ParseInt("zz", 36, 64))
	show(strconv.ParseInt("12", 1, 64))
	show(strconv.ParseInt("40000", 10, 16))

	println("ParseUint")
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	println(" ", u, err == nil)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	println(" ", u, err.Error())
	u, err = strconv.ParseUint("-1", 10, 64)
	println(" ", u, err.Error())
	u, err = strconv.ParseUint("300", 10, 8)
	println(" ", u, err.Error())

	println("Format")
	for _, base := range []int{2, 8, 10, 16, 36} {
		println(" ", base, strconv.FormatInt(-255, base), strconv.FormatInt(1<<40+3, base), strconv.FormatUint(18446744073709551615, base))
	}
	buf := make([]byte, 0, 32)
	buf = strconv.AppendInt(buf, -1234, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendUint(buf, 0xbeef, 16)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q\n")
	buf = strconv.AppendQuoteRune(buf, '☺')
	println(string(buf))

	println("Bool")
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		if err != nil {
			println(" ", s, err.Error())
		} else {
			println(" ", s, b)
		}
	}
	println(strconv.FormatBool(true), strconv.FormatBool(false))

	println("Quote")
	println(strconv.Quote("Hello, 世界\n\t\"x\"\x00\xff\u2028"))
	println(strconv.QuoteToASCII("Hello, 世界 ☺"), strconv.QuoteToGraphic("a\u00a0b\tc"))
	println(strconv.QuoteRune('☺'), strconv.QuoteRune('\n'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\''))
	for _, s := range []string{`"a\tb\u00e9\x41"`, "`raw\\n`", `'x'`, `'\u263a'`, `"unterminated`, `'ab'`, `"\q"`, `abc`} {
		v, err := strconv.Unquote(s)
		if err != nil {
			println(" ", s, "->", err.Error())
		} else {
			println(" ", s, "->", v)
		}
	}
	value, multibyte, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	println(value, multibyte, tail, err == nil)
	println(strconv.CanBackquote("abc"), strconv.CanBackquote("a`b"), strconv.CanBackquote("a\nb"), strconv.IsPrint('\u00a0'), strconv.IsGraphic('\u00a0'))

	var ne *strconv.NumError
	_, err = strconv.Atoi("x9")
	if errors.As(err, &ne) {
		println(ne.Func, ne.Num, ne.Err.Error())
	}
}
