package main

type Node struct {
	val  int
	next *Node
}

var head *Node

func push(v int) {
	head = &Node{val: v, next: head}
}

func sum() int {
	s := 0
	for n := head; n != nil; n = n.next {
		s += n.val
	}
	return s
}

func counterPtr() *int {
	c := 5
	return &c
}

func incr(p *int) { *p++ }

func main() {
	for i := 1; i <= 4; i++ {
		push(i)
	}
	println(sum(), head.val, head.next.next.val)
	p := counterPtr()
	q := counterPtr()
	incr(p)
	incr(p)
	incr(q)
	println(*p, *q, p == q, p != nil)
	x := 1
	px := &x
	ppx := &px
	**ppx = 7
	println(x, *px == 7)
	arr := [3]int{1, 2, 3}
	pa := &arr
	pa[1] = 20
	e := &arr[2]
	*e = 30
	println(arr[0], arr[1], arr[2], len(pa))
	n := new(Node)
	n.val = 3
	println(n.val, n.next == nil)
	var np *Node
	println(np == nil)
	println(np.val)
}
