// fmt on top of reflect: %v, %+v, %#v and %T on structs (with unexported and embedded fields), maps (printed in
// sorted key order by internal/fmtsort), slices, arrays, pointers, nested values, named types, nil values; Stringer
// and error values as fields.
package main

import (
	"fmt"
	"reflect"
)

type Color uint8

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Origin Point
	Tags   []string
	attrs  map[string]float64
	Fill   Color
	Next   *Shape
	Any    any
	Err    error
}

type Celsius float32

func main() {
	var c fmt.Stringer = Color(1) // Color is converted to an interface: its String method is callable on fields
	s := Shape{
		Name:   "sq",
		Origin: Point{1, -2},
		Tags:   []string{"a", "b"},
		attrs:  map[string]float64{"w": 2.5, "h": 1},
		Fill:   Color(2),
		Any:    Point{3, 4},
		Err:    fmt.Errorf("bad %d", 7),
	}
	fmt.Printf("%v\n", s)
	fmt.Printf("%+v\n", s)
	fmt.Printf("%#v\n", s.Origin)
	fmt.Printf("%T %T %T %T %T\n", s, &s, s.Tags, s.attrs, c)
	fmt.Printf("%v %v\n", &s.Origin, []*Point{nil})
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b"}, map[Point]bool{{2, 1}: true, {1, 2}: false})
	fmt.Println([3]Celsius{1.5, -2, 36.6}, []byte("hi"), [2]bool{true, false}, struct{}{})
	fmt.Printf("%x %X %q %v\n", []byte("hi"), "hi", []string{"q"}, [][]int{{1}, {2, 3}})
	fmt.Printf("%d %s %v %+v\n", []int{1, 2}, []string{"x", "y"}, map[string][]int{"k": {1}}, struct {
		A *int
		B []any
	}{nil, []any{1, "s", nil}})
	var np *Point
	var ns []int
	var nm map[string]int
	var ne error
	fmt.Println(np, ns, nm, ne, nil)
	fmt.Printf("%v %+v %#v\n", ns, nm, ns)
	fmt.Printf("%#v %#v %#v\n", []string{"a"}, map[string]int{"z": 1}, Celsius(2))
	fmt.Println(fmt.Sprint(Point{5, 6}), fmt.Sprintf("%08.3f|%-5d|%5s|%t", 3.14159, 42, "ab", true))
	fmt.Printf("%v %s\n", c, Color(0))
	fmt.Printf("%T %T %v %v %v\n", reflect.TypeOf(0), reflect.ValueOf(0), reflect.TypeOf(s), reflect.ValueOf(s.Origin), reflect.Ptr)
}
