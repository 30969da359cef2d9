package main

type Celsius float64
type Small float32

//go:noinline
func div(a, b float64) float64 { return a / b }

//go:noinline
func div32(a, b float32) float32 { return a / b }

func main() {
	// arithmetic and println's format
	x, y := 1.5, -2.25
	println(x+y, x-y, x*y, x/y, -x)
	var f32 float32 = 0.1
	println(f32, f32*3, float64(f32), f32 == 0.1)
	println(1e100, 1e-300, 123456789.0, 0.000123, 2.5e-310)

	// NaN, infinities, signed zero
	var zero float64
	inf := div(1, zero)
	ninf := div(-1, zero)
	nan := div(zero, zero)
	negz := -zero
	println(inf, ninf, nan, negz, zero)
	println(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, ninf < -1e308)
	println(negz == zero, 1/negz, 1/zero, inf-inf, inf*zero)
	println(div32(1, 0), div32(0, 0) != div32(0, 0))

	// comparisons
	println(x < y, x <= 1.5, y >= -2.25, x != y, Celsius(x) > 1)

	// conversions between floats and every integer type
	v := 1234.75
	println(int(v), int8(int(v)), int16(v), int32(v), int64(v), uint(v), uint8(v/10), uint16(v), uint32(v), uint64(v))
	w := -99.9
	println(int(w), int8(w), int16(w), int32(w), int64(w))
	var bigU uint64 = 1<<63 + 2048
	var negI int64 = -1 << 62
	println(float64(bigU), float32(bigU), float64(negI), float64(uint8(200)), float32(int16(-300)))
	var u32 uint32 = 4000000000
	println(float64(u32), float32(u32), uint32(float64(u32)))
	println(uint64(float64(bigU)), int64(float32(negI)))
	println(float32(1)/3, float64(float32(1)/3), float32(div(2, 3)))

	// constants
	const third = 1.0 / 3
	println(third, float32(third), Celsius(100)*9/5+32)
	var s Small = 2.5
	println(s*s, Small(third))

	// complex
	c := complex(1, 2)
	d := 3 - 4i
	println(c, d, c+d, c-d, c*d, c/d)
	println(real(c), imag(d), c == complex(1, 2), c != d)
	var c64 complex64 = complex(float32(0.5), 1.5)
	println(c64, c64*c64, real(c64), c64/2)
	println(complex128(c64), complex64(d))
	println(c/complex(zero, 0), complex(inf, 1)/complex(2, 3))
	var cz complex128
	println(cz, -c)
}
