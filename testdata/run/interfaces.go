package main

type Shape interface {
	Area() int
	Name() string
}

type Named interface {
	Name() string
}

type Rect struct{ w, h int }

func (r Rect) Area() int    { return r.w * r.h }
func (r Rect) Name() string { return "rect" }
func (r *Rect) Scale(k int) { r.w *= k; r.h *= k }

type Square struct{ side int8 }

func (s *Square) Area() int    { return int(s.side) * int(s.side) }
func (s *Square) Name() string { return "square" }

// Labeled embeds a Rect (value) and a *Tag (pointer): their methods are promoted.
type Labeled struct {
	Rect
	*Tag
}

type Tag struct{ label string }

func (t *Tag) Label() string { return "tag:" + t.label }

type Labeler interface{ Label() string }

// Wrapper embeds an interface: the interface's methods are promoted.
type Wrapper struct {
	Named
	extra int
}

type Celsius float64

func (c Celsius) String() string { return "celsius" }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "myerr" }

type Big struct{ a, b, c, d int64 }

func (b Big) Sum() int64 { return b.a + b.b + b.c + b.d }

type Summer interface{ Sum() int64 }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int8:
		return "small int"
	case string:
		return "string " + v
	case Shape:
		return "shape " + v.Name()
	case error:
		return "error " + v.Error()
	case []int:
		return "slice"
	default:
		return "other"
	}
}

func find(ok bool) error {
	if ok {
		return nil
	}
	return &MyErr{7}
}

func total(shapes ...Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	var s Shape = Rect{2, 3}
	println(s.Area(), s.Name())
	s = &Square{4}
	println(s.Area(), s.Name())
	s = &Rect{1, 5}
	println(s.Area(), total(Rect{1, 1}, &Square{2}, &Rect{2, 2}))

	// interface to interface, embedded interfaces
	var n Named = s
	println(n.Name())
	w := Wrapper{Named: Rect{}, extra: 1}
	var n2 Named = w
	println(n2.Name(), w.Name())

	// promotion through embedded values and pointers
	l := Labeled{Rect{3, 3}, &Tag{"x"}}
	var sh Shape = l
	var lb Labeler = l
	println(sh.Area(), sh.Name(), lb.Label())
	pl := &l
	pl.Scale(2)
	var sp Shape = pl
	println(sp.Area(), l.w)

	// type assertions, both forms
	var any1 interface{} = 42
	i := any1.(int)
	_, isStr := any1.(string)
	r, isShape := interface{}(Rect{5, 5}).(Shape)
	println(i, isStr, isShape, r.Area())
	sq, ok := s.(*Square)
	println(sq == nil, ok)
	rp, ok := s.(*Rect)
	println(rp.h, ok)
	nm, ok := any1.(Named)
	println(nm == nil, ok)

	// type switches
	println(describe(nil), describe(3), describe(int8(3)), describe("x"), describe(Rect{}))
	println(describe(find(false)), describe([]int{1}), describe(2.5), describe(&Square{1}))

	// boxing large values, methods on them
	var sum Summer = Big{1, 2, 3, 4}
	println(sum.Sum())
	bigs := []interface{}{Big{1, 1, 1, 1}, "s", 3.5, true, Celsius(3)}
	println(len(bigs), bigs[0].(Big).Sum(), bigs[1].(string), bigs[2].(float64), bigs[3].(bool))
	if st, ok := bigs[4].(interface{ String() string }); ok {
		println(st.String())
	}

	// the error interface
	err := find(true)
	println(err == nil)
	err = find(false)
	println(err != nil, err.Error())
	if me, ok := err.(*MyErr); ok {
		println(me.code)
	}

	// nil interface values print as gc prints them
	var nilI interface{}
	var nilE error
	println(nilI, nilE)
}
