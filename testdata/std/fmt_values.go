// std: fmt — composite values with %v, %+v, %#v and %T: structs (named, anonymous, embedded, nested, with unexported
// fields), pointers to structs, maps (printed with sorted keys, of several key types; not interface keys, which
// fmtsort orders by the address of their type descriptors), slices, arrays, nil values,
// interfaces, functions' types, channels' types, and the Stringer, GoStringer, error and Formatter methods.
package main

import (
	"errors"
	"fmt"
)

// Point has a String method on the value receiver.
type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

// Raw has no methods.
type Raw struct {
	Name  string
	Tags  []string
	Attrs map[string]int
	Next  *Raw
	inner float64
	Any   any
}

// Celsius has a String method on the pointer receiver only.
type Celsius float64

func (c *Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(*c)) }

// Hex has a GoString method and a Format method.
type Hex uint

func (h Hex) GoString() string { return fmt.Sprintf("Hex(0x%x)", uint(h)) }

// Format writes h in hex whatever the verb, with the verb and flags it was given.
func (h Hex) Format(f fmt.State, verb rune) {
	// Width and Precision are meaningful only when they say they are set.
	fmt.Fprintf(f, "<%c %x", verb, uint(h))
	if w, ok := f.Width(); ok {
		fmt.Fprintf(f, " w=%d", w)
	}
	if p, ok := f.Precision(); ok {
		fmt.Fprintf(f, " p=%d", p)
	}
	fmt.Fprintf(f, " +%v -%v #%v>", f.Flag('+'), f.Flag('-'), f.Flag('#'))
}

// Embedded embeds Point, whose String method it promotes.
type Embedded struct {
	Point
	Label string
}

// Plain embeds Raw, which has no String method.
type Plain struct {
	Raw
	N int
}

// Weekday is an int with a String method.
type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

// BadStringer panics in String.
type BadStringer struct{}

func (BadStringer) String() string { panic("boom") }

// MyErr is an error whose Error method is used by %v.
type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprint("myerr ", e.Code) }

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T|%s|%d\n", p, p, p, p, p, p)
	pp := &p
	fmt.Printf("%v|%+v|%T\n", pp, pp, pp)

	// A pointer below the top level prints as an address, so Next stays nil here.
	r := Raw{Name: "root", Tags: []string{"a", "b"}, Attrs: map[string]int{"z": 26, "a": 1, "m": 13}, inner: 2.5, Any: 42}
	fmt.Printf("%v\n%+v\n%#v\n", r, r, r)
	fmt.Printf("%v|%+v\n", &Raw{Name: "leaf"}, &Raw{Tags: []string{}})
	fmt.Printf("%T %T %T\n", r.Tags, r.Attrs, r.Next)

	var c Celsius = 21.5
	fmt.Printf("%v|%v|%s\n", c, &c, &c)
	var h Hex = 255
	fmt.Printf("%v|%d|%+8.2x|%-#v|%#v\n", h, h, h, h, []Hex{1})
	fmt.Println(h)

	e := Embedded{Point{3, 4}, "emb"}
	fmt.Printf("%v|%+v|%s\n", e, e, e.Label)
	pl := Plain{Raw{Name: "x"}, 7}
	fmt.Printf("%v|%+v\n", pl, pl)
	fmt.Printf("%v|%d|%s|%#v|%x\n", Weekday(1), Weekday(2), []Weekday{0, 1}, Weekday(1), Weekday(2))
	fmt.Printf("%v|%s\n", BadStringer{}, []any{BadStringer{}})

	var err error = MyErr{7}
	fmt.Printf("%v|%s|%+v|%#v|%q|%x\n", err, err, err, err, err, err)
	fmt.Println(errors.New("plain"), err)

	// Maps print with sorted keys.
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b", -1: "neg"})
	fmt.Println(map[string]bool{"zeta": true, "alpha": false, "mid": true})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3})
	fmt.Println(map[Point]int{{2, 1}: 1, {1, 2}: 2, {1, 1}: 3})
	fmt.Println(map[bool]int{true: 1, false: 0}, map[[2]int]string{{1, 2}: "x", {0, 9}: "y"})
	fmt.Printf("%v|%#v|%T\n", map[string][]int{"b": {2}, "a": {1, 1}}, map[string]int{"k": 1, "j": 0}, map[string]any{})

	// Slices, arrays, nil values, nested pointers.
	fmt.Printf("%v|%#v|%v|%#v\n", []int{1, 2, 3}, []string{"a", "b"}, [2][2]int{{1, 2}, {3, 4}}, [2]bool{true})
	var ns []int
	var nm map[string]int
	var np *Raw
	var ni any
	var nf func()
	var ne error
	fmt.Printf("%v|%v|%v|%v|%v|%v|%d\n", ns, nm, np, ni, nf == nil, ne, ns)
	fmt.Printf("%#v|%#v|%#v|%#v|%#v\n", ns, nm, np, ni, ne)
	fmt.Printf("%v|%+v\n", []*Point(nil), [][]int{{1}, nil, {}})
	fmt.Printf("%v|%v\n", []any{1, "a", nil, 2.5, p, &p}, struct {
		A int
		B []any
	}{1, []any{"x", true}})
	fmt.Printf("%T|%T|%T|%T|%T|%T|%T\n", nf, func(int, ...string) (bool, error) { return false, nil }, make(chan int), make(<-chan []byte), ni, struct{ X int }{}, [3]*int{})
	fmt.Printf("%T|%T|%T|%T\n", 'x', byte(1), uintptr(1), complex64(1))
	fmt.Printf("%v %+v %#v\n", struct{}{}, struct{ a, B int }{1, 2}, struct {
		A *int
		S string
	}{nil, "s"})
	fmt.Printf("%x|%X|%q|%s\n", []string{"ab", "c"}, "hi", []string{"q", "\t"}, []error{err, nil})
	fmt.Printf("%5v|%-5v|%05v|%+v\n", []int{1, 22}, [2]string{"a", "b"}, []int{3}, map[string]Point{"o": {}})
	fmt.Printf("%v %v\n", int64(-1)<<40, []uint8(nil))
	fmt.Printf("%#v %#v %#v %#v %#v %#v\n", 42, "s", 2.0, 1e21, uint8(3), []byte{1})
	fmt.Printf("%#v %#v %#v\n", 'r', true, complex(1, 2))
}
