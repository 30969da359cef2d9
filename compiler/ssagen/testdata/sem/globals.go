package main

type Point struct{ X, Y int }

type Grid struct {
	cells [2][3]int8
	name  string
	at    *Point
}

var origin = Point{1, 2}
var table = [...]uint16{10, 20, 30, 65535}
var grid = Grid{cells: [2][3]int8{{1, 2, 3}, {-4}}, name: "g", at: &origin}
var total = sum()
var shadow = 3

func sum() int {
	s := 0
	for i := 0; i < len(table); i++ {
		s += int(table[i])
	}
	return s
}

func (g *Grid) Bump() { g.cells[1][2]++; g.at.Y *= 10 }

func named() (a, b int) {
	p := &a
	*p = 5
	b = a * 2
	return
}

func main() {
	println(origin.X, origin.Y, table[3]+1, len(table), total)
	grid.Bump()
	grid.Bump()
	println(grid.cells[0][2], grid.cells[1][0], grid.cells[1][2], grid.name, origin.Y, grid.at == &origin)
	shadow := shadow + 1
	{
		shadow := shadow * 10
		println(shadow)
	}
	println(shadow)
	x, y := named()
	println(x, y)
}
