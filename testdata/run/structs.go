package main

type Point struct {
	X, Y int16
}

func (p Point) Sum() int16 { return p.X + p.Y }

func (p *Point) Move(dx, dy int16) {
	p.X += dx
	p.Y += dy
}

type Named struct {
	Point
	Name string
	Tag  byte
}

type Rect struct {
	Min, Max Point
}

func (r Rect) Area() int32 {
	return int32(r.Max.X-r.Min.X) * int32(r.Max.Y-r.Min.Y)
}

func main() {
	p := Point{1, 2}
	println(p.X, p.Y, p.Sum())
	p.Move(10, 20)
	println(p.X, p.Y, p.Sum())
	q := p
	q.X = 100
	println(p.X, q.X)
	n := Named{Point: Point{Y: 5}, Name: "pin", Tag: 'x'}
	n.X = 7
	n.Move(1, 1)
	println(n.X, n.Y, n.Sum(), n.Name, n.Tag)
	r := Rect{Point{0, 0}, Point{X: 30, Y: 40}}
	println(r.Area())
	pp := &Point{3, 4}
	pp.Move(1, 1)
	println(pp.X, pp.Y, pp.Sum())
	var z Point
	println(z.X, z.Y, z == Point{}, p == q, p != q)
}
