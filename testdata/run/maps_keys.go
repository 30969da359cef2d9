package main

type pt struct{ x, y int16 }

type key struct {
	name string
	n    int
}

func main() {
	// keys of every comparable type
	var zero float64
	fm := map[float64]string{}
	fm[0] = "zero"
	fm[-zero] = "negzero"
	fm[zero/zero] = "nan1"
	fm[zero/zero] = "nan2"
	_, found := fm[zero/zero]
	println(len(fm), fm[0], found)
	p1, p2 := &pt{1, 2}, &pt{1, 2}
	pm := map[*pt]int{p1: 1, p2: 2}
	println(pm[p1], pm[p2], len(pm))
	am := map[[2]int]string{{1, 2}: "a", {2, 1}: "b"}
	println(am[[2]int{1, 2}], am[[2]int{2, 1}], am[[2]int{0, 0}] == "")
	sm := map[pt]int{{1, 2}: 3}
	sm[pt{1, 2}] += 4
	println(sm[pt{1, 2}])
	km := map[key]int{{"a", 1}: 1}
	km[key{"a", 1}]++
	km[key{"a", 2}] = 5
	println(km[key{"a", 1}], km[key{"a", 2}], len(km))
	im := map[interface{}]int{1: 1, "1": 2, 1.0: 3, pt{1, 1}: 4, nil: 5}
	println(im[1], im["1"], im[1.0], im[pt{1, 1}], im[nil], im[int8(1)], len(im))
	bm := map[bool]int{true: 1}
	bm[false]--
	println(bm[true], bm[false])

}
