// A value method called through a nil pointer held in an interface panics as gc's wrapper does, naming the method;
// a method promoted through a nil embedded pointer is a nil dereference; both can be recovered.
package main

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

type Outer struct {
	Tag int
	*Point
}

type Summer interface{ Sum() int }

func try(name string, s Summer) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panicked:", r.(error).Error())
		}
	}()
	println(name, s.Sum())
}

func main() {
	var np *Point
	try("nil *Point", np)
	try("*Point", &Point{1, 2})
	try("Outer with nil *Point", Outer{Tag: 1})
	try("*Outer with nil *Point", &Outer{Tag: 2})
	try("Outer", Outer{Point: &Point{3, 4}})
	var no *Outer
	try("nil *Outer", no)
}
