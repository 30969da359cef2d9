package main

func avg(xs [4]float64) float64 {
	s := 0.0
	for i := 0; i < len(xs); i++ {
		s += xs[i]
	}
	return s / float64(len(xs))
}

func main() {
	a := avg([4]float64{1, 2.5, -3, 1e10})
	var f32 float32 = 0.1
	var g float64 = 0.1
	println(a, f32, g, float64(f32) == g, f32*3)
	z := 0.0
	println(1/z, -1/z, z/z == z/z, -z, 123456789.0, 1e-7, 9.9999999)
	i := int32(a / 1e6)
	w := 300.7
	m := -2.9
	u := uint8(w - 100)
	println(i, u, int64(m), float32(1)/3)
	x := 3
	y := float64(x) * 1.5
	y++
	y -= 0.25
	println(y, y > 5, y <= 5.25, 0.1+0.2 == 0.3, g+0.2 == 0.3)
}
