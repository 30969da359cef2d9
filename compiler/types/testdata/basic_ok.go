package main

import "unsafe"

const (
	A = iota
	B
	C
	_
	E
)

const big = 1 << 100
const small = big >> 98

type Color uint8

const (
	Red Color = iota + 1
	Green
	Blue
)

type Point struct {
	X, Y int
}

type Named struct {
	Point
	Name string
}

func (p Point) Sum() int      { return p.X + p.Y }
func (p *Point) Scale(k int)  { p.X *= k; p.Y *= k }
func (n Named) Hello() string { return "hi " + n.Name }

var global = compute()
var counter int

func compute() int { return small + A + B + C + E }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func pair() (int, string) { return 1, "one" }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func classify(x int) string {
	switch {
	case x < 0:
		return "neg"
	case x == 0:
		return "zero"
	default:
		return "pos"
	}
}

func loop() int {
	n := 0
outer:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if j == 5 {
				continue outer
			}
			if i == 7 {
				break outer
			}
			n++
		}
	}
	for n < 100 {
		n *= 2
	}
	for {
		if n > 0 {
			break
		}
	}
	return n
}

func sw(x uint8) int {
	switch x {
	case 1, 2:
		return 1
	case 3:
		fallthrough
	case 4:
		return 2
	}
	return 0
}

func forever() int {
	for {
	}
}

func pointers() {
	x := 3
	p := &x
	*p = 4
	q := new(int)
	*q = *p + 1
	pt := &Point{1, 2}
	pt.Scale(2)
	var v Point
	v.Scale(3)
	_ = v.Sum() + pt.Sum()
	n := Named{Point: Point{X: 1}, Name: "n"}
	_ = n.X + n.Point.Y
	n.Scale(2)
	_ = n.Hello()
	f := Point.Sum
	g := (*Point).Scale
	g(pt, 1)
	_ = f(v)
	h := v.Sum
	_ = h()
}

func arrays() {
	a := [...]int{1, 2, 3}
	var b [4]byte
	b[3] = 'x'
	_ = len(a) + cap(b)
	const l = len(a)
	var c [l]int
	_ = c[l-1]
	s := "hello"
	var ch byte = s[1]
	_ = ch
	const n = len("héllo")
	var d [n]int
	_ = d
	m := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	_ = m[1][2]
	ps := []*Point{{1, 2}, {X: 3}}
	_ = ps
}

func shifts(s uint) {
	var x uint8 = 1 << 7
	y := 1 << s
	var z int64 = 1 << s
	var u = uint16(1) << 15
	_, _, _, _ = x, y, z, u
}

func unsafeStuff() uintptr {
	var p Point
	ptr := unsafe.Pointer(&p)
	addr := uintptr(ptr)
	back := (*Point)(unsafe.Pointer(addr))
	_ = back
	return unsafe.Sizeof(p) + unsafe.Alignof(p.Y) + unsafe.Offsetof(p.Y)
}

func main() {
	q, r := divmod(7, 2)
	i, s := pair()
	println(q, r, i, s, sum(1, 2, 3), classify(-1), loop(), sw(3), global, counter)
	print("x", 1, true, 'c', 2.5, "\n")
	pointers()
	arrays()
	shifts(3)
	_ = unsafeStuff()
	var c Color = Blue
	if c == Green || c > Red && !false {
		panic("no")
	}
	var ok bool = 1 < 2
	_ = ok
	var r2 rune = 'é'
	var f float64 = 1 / 2.0
	var f32 float32 = 1e10
	const k = 'a' + 1
	var b byte = k
	_, _, _, _ = r2, f, f32, b
	var i8 int8 = -128
	var u64 uint64 = 1<<64 - 1
	_, _ = i8, u64
	x := 10
	x += 5
	x++
	x <<= 1
	counter = x
}
