// std: strconv — formatting floating point: FormatFloat with 'f', 'e', 'E', 'g', 'G', 'b' and 'x' at several
// precisions (shortest, fixed) for float64 and float32, special values and AppendFloat, printed with println.
// ParseFloat is strconv_parsefloat.go's.
package main

import (
	"math"
	"strconv"
)

func main() {
	values := []float64{0, 1, -1.5, 3.141592653589793, 1e21, 1e-7, 123456789.125, 0.1, 2.5e-300, math.MaxFloat64, math.SmallestNonzeroFloat64, 100, 1.0 / 3}
	for _, v := range values {
		println(strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', -1, 64), strconv.FormatFloat(v, 'f', -1, 64))
		println("  ", strconv.FormatFloat(v, 'f', 2, 64), strconv.FormatFloat(v, 'e', 3, 64), strconv.FormatFloat(v, 'g', 4, 64), strconv.FormatFloat(v, 'E', 0, 64), strconv.FormatFloat(v, 'G', 10, 64))
	}
	println(strconv.FormatFloat(1.5, 'f', 0, 64), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(0.125, 'f', 2, 64), strconv.FormatFloat(1e6, 'g', -1, 64), strconv.FormatFloat(1e20, 'f', -1, 64))
	println(strconv.FormatFloat(3.5, 'b', -1, 64), strconv.FormatFloat(3.5, 'x', -1, 64), strconv.FormatFloat(3.5, 'X', 3, 64))

	for _, f := range []float32{0.1, 1.0 / 3, 16777216, 3.4028235e38, 1e-45} {
		println(strconv.FormatFloat(float64(f), 'g', -1, 32), strconv.FormatFloat(float64(f), 'g', -1, 64), strconv.FormatFloat(float64(f), 'e', 5, 32))
	}

	println(strconv.FormatFloat(math.Inf(1), 'f', 2, 64), strconv.FormatFloat(math.Inf(-1), 'g', -1, 64), strconv.FormatFloat(math.NaN(), 'e', 3, 64), strconv.FormatFloat(math.Copysign(0, -1), 'g', -1, 64))

	buf := strconv.AppendFloat([]byte("x="), 1.25, 'f', 3, 64)
	println(string(buf))
}
