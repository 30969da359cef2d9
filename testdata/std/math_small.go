// std: math — a few functions, sized for arduino (soft float): Sqrt, Floor, Ceil, Abs, Mod, Inf, NaN, IsNaN,
// IsInf, Signbit, Float64bits. math.go covers the elementary functions.
package main

import "math"

func main() {
	println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Abs(-3), math.Mod(7, 3), math.Trunc(-1.9))
	inf, nan := math.Inf(1), math.NaN()
	println(inf, -inf, nan, math.IsNaN(nan), math.IsInf(inf, 1), math.Signbit(math.Copysign(0, -1)))
	println(math.Float64bits(1.5), math.Float32bits(0.1), math.MaxInt32, math.Pi)
}
