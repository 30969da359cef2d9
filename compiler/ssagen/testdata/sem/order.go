package main

var trace int

func t(v int) int {
	trace = trace*10 + v
	return v
}

var arr [4]int

func idx(i int) int {
	trace = trace*10 + 9
	return i
}

type S struct{ a, b int }

func (s *S) set(v int) *S { s.a = v; return s }

func main() {
	x := t(1) + t(2)*t(3)
	println(x, trace)
	trace = 0
	arr[idx(1)] = t(5)
	println(arr[1], trace)
	trace = 0
	arr[idx(2)] += t(4)
	arr[idx(2)]++
	println(arr[2], trace)
	a, b := 1, 2
	a, b = b, a+b
	println(a, b)
	i := 0
	i, arr[i] = 3, 7
	println(i, arr[0], arr[3])
	var s S
	s.set(1).set(2).b = 5
	println(s.a, s.b)
	p := &s
	q := p
	*q = S{b: 9}
	println(s.a, s.b, p.b)
	s = S{s.b, s.a}
	println(s.a, s.b)
	trace = 0
	if t(1) > 0 || t(2) > 0 {
		trace = trace*10 + 7
	}
	switch t(3) {
	case t(4), t(3), t(5):
		println("hit", trace)
	}
}
