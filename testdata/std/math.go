// std: math — the elementary functions (roots, powers, exponentials, logarithms, trigonometry and its inverses,
// hyperbolics, Gamma, Erf), rounding (Floor, Ceil, Trunc, Round, RoundToEven, Modf), remainders, bit-level helpers
// (Float64bits, Frexp, Ldexp, Nextafter, Copysign, Signbit) and the special values (Inf, NaN, -0), printed with
// println (seven significant digits, so that results one ulp apart print the same).
package main

import "math"

func main() {
	xs := []float64{0, 0.5, 1, 2, 10, -3.7}
	for _, x := range xs {
		println("x", x)
		println("  sqrt cbrt exp exp2 expm1", math.Sqrt(x), math.Cbrt(x), math.Exp(x), math.Exp2(x), math.Expm1(x))
		println("  log log2 log10 log1p", math.Log(x), math.Log2(x), math.Log10(x), math.Log1p(x))
		println("  sin cos tan", math.Sin(x), math.Cos(x), math.Tan(x))
		println("  asin acos atan", math.Asin(x), math.Acos(x), math.Atan(x))
		println("  sinh cosh tanh", math.Sinh(x), math.Cosh(x), math.Tanh(x))
		println("  asinh acosh atanh", math.Asinh(x), math.Acosh(x), math.Atanh(x))
		println("  gamma erf erfc", math.Gamma(x), math.Erf(x), math.Erfc(x))
		println("  floor ceil trunc round rte abs", math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Abs(x))
	}
	println("pow", math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(-2, 3), math.Pow(10, -2))
	println("atan2", math.Atan2(1, 1), math.Atan2(-1, -1), math.Atan2(0, -1), math.Hypot(3, 4), math.Hypot(math.Inf(1), math.NaN()))
	println("mod", math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7.5, 2), math.Remainder(7, 3), math.Dim(5, 3), math.Dim(3, 5))
	println("max min", math.Max(1, 2), math.Min(1, 2), math.Max(math.NaN(), 1), math.Min(math.Copysign(0, -1), 0), math.Max(math.Inf(-1), -1e308))
	println("round", math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.RoundToEven(3.5), math.Round(0.49999999999999994))
	ip, frac := math.Modf(-3.25)
	println("modf", ip, frac)
	fr, exp := math.Frexp(40)
	println("frexp", fr, exp, math.Ldexp(0.625, 6), math.Ldexp(1, -1074), math.Ldexp(1, 1024))
	println("logb ilogb", math.Logb(40), math.Ilogb(40), math.Expm1(1e-10), math.Log1p(1e-10))
	lg, sign := math.Lgamma(-2.5)
	println("lgamma", lg, sign, math.Gamma(5), math.Gamma(0.5))
	println("j0 y0", math.J0(1), math.Y0(1), math.Jn(2, 1.5))
	s, c := math.Sincos(1)
	println("sincos", s, c, math.Sin(1e10), math.Cos(math.Pi), math.Erfinv(0.5))

	println("bits", math.Float64bits(1), math.Float64bits(-0.0), math.Float64bits(math.Copysign(0, -1)), math.Float32bits(1.5), math.Float64frombits(0x4000000000000000), math.Float32frombits(0x3fc00000))
	println("nextafter", math.Nextafter(1, 2)-1, math.Nextafter32(1, 0), math.Nextafter(0, 1) == math.SmallestNonzeroFloat64)

	inf, nan := math.Inf(1), math.NaN()
	negzero := math.Copysign(0, -1)
	println("special", inf, -inf, nan, negzero, 1/negzero)
	println("isnan isinf", math.IsNaN(nan), math.IsNaN(inf), math.IsInf(inf, 1), math.IsInf(-inf, 1), math.IsInf(-inf, 0), math.IsInf(1e308, 0))
	println("signbit", math.Signbit(negzero), math.Signbit(0), math.Signbit(-1), math.Signbit(nan), math.Signbit(math.Copysign(nan, -1)))
	println("nan compare", nan == nan, nan < 1, nan > 1, inf > math.MaxFloat64, -inf < -math.MaxFloat64)
	println("inf ops", inf+inf, inf-inf, inf*0, 0*negzero, math.Sqrt(-1), math.Log(0), math.Log(-1), math.Exp(1000), math.Exp(-1000))
	println("trig special", math.Sin(inf), math.Atan(inf), math.Tanh(inf), math.Acos(2), math.Floor(negzero), math.Trunc(-0.5))

	println("consts", math.Pi, math.E, math.Sqrt2, math.Ln2, math.Phi, math.MaxFloat32, math.SmallestNonzeroFloat32)
	println("int consts", math.MaxInt8, math.MinInt16, math.MaxInt32, math.MinInt32, math.MaxUint16, int64(math.MaxInt64), uint64(math.MaxUint64))
	var f32 float32 = 16777216
	println("float32", f32+1, float32(math.Sqrt(2)), math.Abs(float64(float32(-0.1))))
}
