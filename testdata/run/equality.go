package main

type P struct {
	name string
	x    float64
	tags [2]string
}

type Q struct {
	a int
	_ int
	b byte
}

type H struct {
	n  int
	in interface{}
}

// Arrays too long to compare unrolled, as package variables (two of them would not fit AVR's stack).
var (
	big1, big2 [100]int8
	s1, s2     [66]string
)

func main() {
	a := P{"a", 1.5, [2]string{"x", "y"}}
	b := P{"a", 1.5, [2]string{"x", "y"}}
	c := P{"a", 2, [2]string{"x", "z"}}
	println(a == b, a != c, a == c)
	var zero float64
	n1 := P{"n", zero / zero, [2]string{}}
	n2 := n1
	println(n1 == n2, P{x: 0} == P{x: -zero})
	q1, q2 := Q{a: 1, b: 2}, Q{a: 1, b: 2}
	println(q1 == q2)
	big2[99] = 1
	println(big1 == big2, big1 == [100]int8{})
	big1[99] = 1
	println(big1 == big2)
	s1[65], s2[65] = "z", "z"
	println(s1 == s2)
	h1 := H{1, "str"}
	h2 := H{1, "str"}
	h3 := H{1, 7}
	println(h1 == h2, h1 == h3, H{} == H{})
	arr := [3]interface{}{1, "two", 3.0}
	arr2 := [3]interface{}{1, "two", 3.0}
	println(arr == arr2)
	var e1, e2 interface{} = a, b
	println(e1 == e2, e1 != interface{}(c))
}
