package main

type Point struct{ X, Y int }

type Line struct {
	A, B Point
	tag  [2]byte
}

func (p Point) Swap() Point { p.X, p.Y = p.Y, p.X; return p }

func (p *Point) Scale(k int) { p.X *= k; p.Y *= k }

type Named struct {
	Point
	n int
}

type PtrEmbed struct {
	*Point
	z int
}

func modify(a [3]int, p *[3]int) {
	a[0] = 100
	p[1] = 200
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	println(p.X, p.Y, q.X, q.Y)
	r := p.Swap()
	println(p.X, p.Y, r.X, r.Y)
	p.Scale(3)
	println(p.X, p.Y)
	pp := &p
	pp.Scale(2)
	println(p.X, p.Y, pp.X)

	l := Line{A: Point{1, 1}, B: p}
	l.B.X = 99
	l.tag[1] = 'z'
	println(l.A.X, l.B.X, p.X, l.tag[0], l.tag[1])
	l2 := l
	l2.A.Y = 7
	println(l.A.Y, l2.A.Y, l == l2, l.B == l2.B)

	var a [3]int
	b := [3]int{1, 2, 3}
	modify(b, &a)
	a[2] = b[2]
	println(a[0], a[1], a[2], b[0])
	grid := [2][2]int{{1, 2}, {3, 4}}
	row := grid[1]
	row[0] = 30
	grid[0][1] += 20
	println(grid[0][0], grid[0][1], grid[1][0], row[0])

	n := Named{Point{5, 6}, 7}
	n.X++
	n.Scale(2)
	println(n.X, n.Y, n.n, n.Swap().X)
	pe := PtrEmbed{&Point{1, 2}, 3}
	pe.Y = 50
	pe.Scale(2)
	println(pe.X, pe.Y, pe.z, pe.Point.Swap().Y)

	i, j := 1, 2
	i, j = j, i
	arr := [3]int{0, 0, 0}
	k := 0
	k, arr[k] = 2, 9
	println(i, j, k, arr[0], arr[2])
	s := "héllo"
	println(len(s), s[1], s[2], s[4], "ab" < "b", s == "héllo")
}
