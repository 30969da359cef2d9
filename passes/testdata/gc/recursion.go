package main

var global *int

type node struct {
	v    int
	next *node
}

func walk(p *int, n int) int {
	if n == 0 {
		return *p
	}
	return walk(p, n-1)
}

func hide(p *int, n int) {
	if n == 0 {
		global = p
		return
	}
	hide(p, n-1)
}

func even(p *int, n int) bool {
	if n == 0 {
		return *p == 0
	}
	return odd(p, n-1)
}

func odd(p *int, n int) bool {
	if n == 0 {
		global = p
		return false
	}
	return even(p, n-1)
}

func first(a, b *int) *int {
	if *a > *b {
		return a
	}
	return b
}

func main() {
	x := 1
	println(walk(&x, 3))
	y := 2
	hide(&y, 3)
	z := 3
	println(even(&z, 4))
	u, v := 4, 5
	println(*first(&u, &v))
	n1 := node{v: 1}
	n2 := node{v: 2, next: &n1}
	println(n2.next.v)
}
