// std: strconv — ParseFloat at 64 and 32 bits: decimal and hexadecimal mantissas, exponents, underscores, the
// special values, rounding at the edges of the range, and the syntax and range errors, printed with println.
package main

import "strconv"

func main() {
	for _, s := range []string{"3.25", "-0.0", "1e10", "1E-5", ".5", "5.", "0x1p-2", "0x1.8p1", "inf", "-Inf", "NaN", "1e400", "-1e400", "1e-400", "1_000.5", "abc", "1.5x", "", "123456789012345678901234567890", "4.9406564584124654e-324", "2.2250738585072011e-308", "0x1.fffffffffffffp1023", "1.7976931348623159e308", "9007199254740993", "1e23", "0.000001", "+.1e+1", "1e", "0x", "0x1p", "infinity", "nan"} {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			println(s, "->", strconv.FormatFloat(f, 'g', -1, 64), err.Error())
		} else {
			println(s, "->", strconv.FormatFloat(f, 'g', -1, 64))
		}
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	println(strconv.FormatFloat(f32, 'g', -1, 64), err.Error())
	f32, _ = strconv.ParseFloat("0.1", 32)
	println(strconv.FormatFloat(f32, 'g', -1, 64), float32(f32) == float32(0.1))
	f32, _ = strconv.ParseFloat("16777217", 32)
	println(strconv.FormatFloat(f32, 'f', -1, 32))
}
