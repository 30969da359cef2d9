package main

type node struct {
	val  int
	next *node
}

func swap(a, b *int) {
	*a, *b = *b, *a
}

func inc(p *int32) { *p++ }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	println(x, y)
	var c int32 = 41
	inc(&c)
	println(c)
	p := new(int)
	println(*p)
	*p = 9
	println(*p)
	third := &node{val: 3}
	second := &node{2, third}
	first := node{1, second}
	sum := 0
	for n := &first; n != nil; n = n.next {
		sum += n.val
	}
	println(sum)
	var nilp *node
	println(nilp == nil, third.next == nil, first.next != nil)
	pp := &p
	**pp = 11
	println(*p)
}
