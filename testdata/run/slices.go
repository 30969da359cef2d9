package main

type point struct {
	x, y int16
}

type named []int

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func count(prefix string, xs ...string) int {
	return len(prefix) + len(xs)
}

func show(s []int) {
	print(len(s), " [")
	for i, v := range s {
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	println("]")
}

func grow(s []int, n int) []int {
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	// make in all forms
	a := make([]int, 3)
	b := make([]int, 2, 8)
	var n = 4
	c := make([]byte, n, n*2)
	show(a)
	show(b)
	println(len(c), cap(c), cap(b))

	// literals, keyed literals, nested
	d := []int{5, 6, 7, 8, 9}
	e := []int{2: 10, 5: 20}
	f := [][]int{{1}, {2, 3}, nil}
	show(d)
	show(e)
	println(len(f), len(f[1]), f[2] == nil, f[1][1])

	// slicing slices, arrays, pointers to arrays, strings; 2- and 3-index
	show(d[1:3])
	show(d[:2])
	show(d[3:])
	t := d[1:2:4]
	println(len(t), cap(t))
	arr := [6]int{1, 2, 3, 4, 5, 6}
	s := arr[2:5]
	s[0] = 30
	println(arr[2], len(s), cap(s))
	p := &arr
	show(p[4:])
	show(p[:1:2])
	str := "hello, world"
	println(str[7:], str[:5], str[3:8])

	// append: one, several, a slice, a string
	var g []int
	g = append(g, 1)
	g = append(g, 2, 3, 4)
	g = append(g, d[:2]...)
	g = append(g)
	show(g)
	bs := append([]byte("ab"), "cde"...)
	println(string(bs), len(bs))
	h := grow(nil, 100)
	println(len(h), h[99], sum(h...))

	// aliasing: append within capacity writes through
	base := make([]int, 2, 10)
	x1 := append(base, 1)
	x2 := append(base, 2)
	println(x1[2], x2[2])

	// copy, including from a string and overlapping
	dst := make([]int, 3)
	println(copy(dst, d), dst[0], dst[2])
	cb := make([]byte, 4)
	println(copy(cb, "xyz"), string(cb[:3]))
	ov := []int{1, 2, 3, 4, 5}
	copy(ov[1:], ov)
	show(ov)

	// range forms
	for range d {
	}
	for i := range e {
		print(i)
	}
	println()
	for _, v := range f {
		print(len(v))
	}
	println()
	for i, v := range arr {
		arr[5] = 0 // ranging over the array value: v still sees the copy
		print(i, "=", v, " ")
	}
	println()

	// nil slices
	var z []string
	println(z == nil, len(z), cap(z))
	z = append(z, "a")
	println(z != nil, z[0])
	var nz named
	nz = append(nz, 4)
	println(len(nz), nz[0])

	// element types: structs, pointers, slices, strings
	ps := []point{{1, 2}, {3, 4}}
	ps[1].y = 40
	println(ps[0].x, ps[1].y)
	ptrs := []*point{&ps[0], {5, 6}}
	ptrs[0].x = 100
	println(ps[0].x, ptrs[1].y)
	words := []string{"one", "two"}
	words = append(words, "three")
	println(words[2], len(words[1]))

	// variadic calls
	println(sum(), sum(1, 2), sum(d...), count("ab"), count("ab", "c", "d"))

	// conversion of a slice to an array pointer
	ap := (*[3]int)(d)
	ap[0] = 50
	println(d[0], len(ap))
	var empty []int
	println((*[0]int)(empty) == nil)
}
