package main

type vec [3]int16

func total(v vec) int16 {
	s := int16(0)
	for i := 0; i < len(v); i++ {
		s += v[i]
	}
	return s
}

func main() {
	var a [5]int
	for i := 0; i < len(a); i++ {
		a[i] = i * i
	}
	println(a[0], a[1], a[2], a[3], a[4], len(a))
	b := a
	b[0] = 100
	println(a[0], b[0])
	v := vec{1, 2, 3}
	println(total(v))
	w := [...]byte{'g', 'o', 4: '!'}
	println(len(w), w[0], w[1], w[2], w[4])
	var grid [3][4]int8
	grid[1][2] = 7
	grid[2][3] = grid[1][2] * 2
	println(grid[1][2], grid[2][3], grid[0][0])
	type pair struct{ a, b int }
	ps := [2]pair{{1, 2}, {3, 4}}
	ps[1].a += 10
	println(ps[0].a, ps[0].b, ps[1].a, ps[1].b)
	k := 2
	println(v[k], a[k+1])
	println(a == b, v == vec{1, 2, 3})
}
