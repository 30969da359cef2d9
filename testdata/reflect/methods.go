// Method sets and type relations: NumMethod, Method(i) and MethodByName (name, package path, type, index; methods
// cannot be called through tsgo's reflect), Implements (pointer and value receivers, promoted methods, unexported
// methods), AssignableTo, ConvertibleTo, Comparable, named types' String, Name and PkgPath, func types' NumIn, In,
// NumOut, Out and IsVariadic.
package main

import "reflect"

type Stringer interface {
	String() string
}

type shape interface {
	Area() int
	scale(k int)
}

type Rect struct{ W, H int }

func (r Rect) Area() int       { return r.W * r.H }
func (r *Rect) scale(k int)    { r.W *= k; r.H *= k }
func (r Rect) String() string  { return "rect" }
func (r *Rect) Grow(by ...int) {}

type Square struct {
	Rect
	Name string
}

type Celsius float64

func (c Celsius) String() string { return "C" }

type Fn func(a int, b ...string) (bool, error)

type Ints []int

func (Ints) Len() int { return 0 }

func main() {
	rt := reflect.TypeOf(Rect{})
	pt := reflect.TypeOf(&Rect{})
	println(rt.NumMethod(), pt.NumMethod())
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		println(i, m.Name, m.PkgPath == "", m.Index, m.Type.String(), m.Type.NumIn())
	}
	m, ok := rt.MethodByName("Area")
	println(m.Name, ok, m.Type.String(), m.Index)
	_, ok = rt.MethodByName("Grow")
	println(ok)
	_, ok = rt.MethodByName("scale")
	println(ok)

	stringer := reflect.TypeOf((*Stringer)(nil)).Elem()
	sh := reflect.TypeOf((*shape)(nil)).Elem()
	println(stringer.String(), stringer.Kind().String(), stringer.NumMethod(), stringer.Method(0).Name, stringer.Method(0).Type.String())
	println(sh.NumMethod(), sh.Method(1).Name, sh.Method(1).PkgPath, sh.Method(1).Type.String())
	println(rt.Implements(stringer), pt.Implements(stringer), rt.Implements(sh), pt.Implements(sh))
	sq := reflect.TypeOf(Square{})
	psq := reflect.TypeOf(&Square{})
	println(sq.Implements(stringer), sq.Implements(sh), psq.Implements(sh), sq.NumMethod(), psq.NumMethod())
	println(reflect.TypeOf(Celsius(0)).Implements(stringer), reflect.TypeOf(0).Implements(stringer), stringer.Implements(stringer))
	anyT := reflect.TypeOf((*any)(nil)).Elem()
	println(rt.Implements(anyT), sh.Implements(stringer), reflect.TypeOf((*error)(nil)).Elem().NumMethod())

	println(rt.AssignableTo(stringer), rt.AssignableTo(anyT), rt.AssignableTo(sh), reflect.TypeOf(Celsius(1)).AssignableTo(reflect.TypeOf(1.5)))
	println(reflect.TypeOf([]int{}).AssignableTo(reflect.TypeOf(Ints{})), reflect.TypeOf(Ints{}).AssignableTo(reflect.TypeOf([]int{})))
	println(reflect.TypeOf(make(chan int)).AssignableTo(reflect.TypeOf(make(<-chan int))), reflect.TypeOf(1).AssignableTo(reflect.TypeOf(int64(1))))
	println(reflect.TypeOf(Celsius(1)).ConvertibleTo(reflect.TypeOf(1.5)), reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf("")), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})))
	println(reflect.TypeOf(Rect{}).ConvertibleTo(reflect.TypeOf(struct{ W, H int }{})), reflect.TypeOf(Rect{}).ConvertibleTo(reflect.TypeOf(Square{})))

	println(rt.Comparable(), reflect.TypeOf(Ints{}).Comparable(), reflect.TypeOf(map[int]int{}).Comparable(), stringer.Comparable(), reflect.TypeOf(Fn(nil)).Comparable())
	println(rt.String(), rt.Name(), rt.PkgPath(), pt.String(), pt.Name() == "", pt.PkgPath() == "")
	println(reflect.TypeOf(0).PkgPath() == "", reflect.TypeOf(0).Name(), reflect.TypeOf([]Rect{}).Name() == "", reflect.TypeOf(Celsius(0)).PkgPath())
	et := reflect.TypeOf((*error)(nil)).Elem()
	println(et.String(), et.Name(), et.PkgPath() == "", et.Method(0).Name)

	ft := reflect.TypeOf(Fn(nil))
	println(ft.String(), ft.Name(), ft.Kind().String(), ft.NumIn(), ft.NumOut(), ft.IsVariadic())
	println(ft.In(0).String(), ft.In(1).String(), ft.Out(0).String(), ft.Out(1).String())
	plain := reflect.TypeOf(func(x, y int8) {})
	println(plain.String(), plain.NumIn(), plain.NumOut(), plain.IsVariadic(), plain.In(1).Kind().String())

	v := reflect.ValueOf(Rect{2, 3})
	println(v.NumMethod(), reflect.ValueOf(&Rect{}).NumMethod(), v.MethodByName("Nope").IsValid())
	ints := reflect.TypeOf(Ints{})
	println(ints.NumMethod(), ints.Method(0).Name, ints.Method(0).Type.String())
}
