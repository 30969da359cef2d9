package main

type Point struct {
	X, Y int
}

type Named struct {
	Point
	name string
}

type Box struct {
	*Point
	tag [3]byte
}

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Move(dx int) { p.X += dx }

func arrays() int {
	a := [4]int{1, 2, 3}
	b := [...]int{5: 1}
	a[2] = b[5]
	i := 3
	a[i] = len(b)
	var grid [2][2]int
	grid[1][0] = 7
	return a[0] + grid[1][0]
}

func values(n Named) int {
	return n.X + n.Point.Y + n.Sum()
}

func boxes(bx Box) int {
	bx.X = 4
	return bx.Sum() + int(bx.tag[1])
}

func main() {
	p := Point{X: 1, Y: 2}
	q := Point{3, 4}
	p.X = q.Y
	n := Named{Point: p, name: "n"}
	n.Y = 9
	println(p.Sum(), values(n), arrays(), n.name)
	pp := &q
	pp.Y = 5
	println(pp.Sum(), q.X)
}
