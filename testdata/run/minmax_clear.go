// Go 1.21's min, max and clear, which gc 1.19 cannot run: minmax_clear.golden is written by hand from the spec
// ("Min and max", "Clear"), and UPDATE_GOLDEN leaves it alone.

package main

type celsius float32

//go:noinline
func values() (int, int, int) { return 3, -7, 5 }

//go:noinline
func floats() (float64, float64, float64) {
	zero := 0.0
	return zero, -zero, zero / zero
}

func main() {
	a, b, c := values()
	println(min(a, b, c), max(a, b, c), min(a), max(b, c))
	var u1, u2 uint8 = 200, 100
	println(min(u1, u2), max(u1, u2))
	s1, s2 := "pear", "apple"
	println(min(s1, s2), max(s1, s2, "zoo"), min(s1, s2+"s"))
	pz, nz, nan := floats()
	println(min(pz, nz), max(nz, pz), min(nz, pz), max(pz, nz))
	println(min(nan, 1.0), max(2.0, nan), min(1.0, 2.0, nan, 0.5))
	println(min(celsius(3.5), 2), max(celsius(-1), celsius(b)))
	println(min(1.5, pz), max(a, 10))

	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	println(len(m), m["a"])
	m["c"] = 3
	println(len(m), m["c"])
	var nilMap map[int]bool
	clear(nilMap)
	xs := []int{1, 2, 3, 4}
	clear(xs[1:3])
	println(xs[0], xs[1], xs[2], xs[3], len(xs))
	ps := []*int{&a, &b}
	clear(ps)
	println(ps[0] == nil, ps[1] == nil)
	var none []string
	clear(none)
	fm := map[float64]int{nan: 1, 1: 2}
	clear(fm)
	println(len(fm))
	defer println("deferred clear ran", len(m))
	defer clear(m)
}
