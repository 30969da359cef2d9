// Pointers through reflect: Elem of a pointer and setting through it (Elem().SetInt, Set...), New, NewAt, Zero,
// Indirect, Addr, PtrTo/PointerTo (the program's own descriptor when it has one), IsNil, Pointer, interfaces held
// in variables (Elem of an interface value, Set of an interface variable), and values that fit in a pointer word.
package main

import (
	"reflect"
	"unsafe"
)

type T struct {
	N int
	P *T
	I any
	E error
}

type myErr struct{ msg string }

func (e *myErr) Error() string { return e.msg }

func main() {
	x := 5
	v := reflect.ValueOf(&x)
	println(v.Kind().String(), v.Elem().Int(), v.Elem().CanSet(), v.CanSet(), v.IsNil())
	v.Elem().SetInt(6)
	println(x)
	v.Elem().Set(reflect.ValueOf(7))
	println(x, v.Pointer() == uintptr(unsafe.Pointer(&x)), v.UnsafePointer() == unsafe.Pointer(&x))

	var f32 float32
	reflect.ValueOf(&f32).Elem().SetFloat(2.5)
	var b bool
	reflect.ValueOf(&b).Elem().SetBool(true)
	var u8 uint8
	reflect.ValueOf(&u8).Elem().SetUint(255)
	var c complex64
	reflect.ValueOf(&c).Elem().SetComplex(1 - 2i)
	var s string
	reflect.ValueOf(&s).Elem().SetString("set")
	println(f32, b, u8, c, s)

	n := reflect.New(reflect.TypeOf(T{}))
	n.Elem().Field(0).SetInt(42)
	t := n.Interface().(*T)
	println(t.N, n.Type().String(), n.Type() == reflect.TypeOf(t), n.Elem().Type().String())
	println(reflect.PtrTo(reflect.TypeOf(T{})) == reflect.TypeOf(&T{}), reflect.PointerTo(reflect.TypeOf(0)) == reflect.TypeOf(&x))

	n.Elem().Field(1).Set(reflect.ValueOf(&T{N: 9}))
	println(t.P.N, n.Elem().Field(1).Elem().Field(0).Int(), n.Elem().FieldByIndex([]int{1, 0}).Int())
	type outer struct{ *T }
	_, ferr := reflect.ValueOf(outer{}).FieldByIndexErr([]int{0, 0})
	fv, ferr2 := reflect.ValueOf(outer{t}).FieldByIndexErr([]int{0, 0})
	println(ferr.Error(), fv.Int(), ferr2 == nil)
	var nilT *T
	println(reflect.ValueOf(nilT).IsNil(), reflect.ValueOf(nilT).Elem().IsValid(), reflect.Indirect(reflect.ValueOf(nilT)).IsValid())
	println(reflect.Indirect(reflect.ValueOf(&x)).Int(), reflect.Indirect(reflect.ValueOf(3)).Int())

	// Interface-typed fields: Elem gives the dynamic value; Set stores any value that implements the type.
	iv := n.Elem().Field(2)
	println(iv.Kind().String(), iv.IsNil(), iv.Elem().IsValid())
	iv.Set(reflect.ValueOf("inside"))
	println(t.I.(string), iv.Elem().Kind().String(), iv.Elem().String(), iv.IsNil())
	iv.Set(reflect.ValueOf(12))
	println(t.I.(int), iv.Elem().Int())
	ev := n.Elem().Field(3)
	ev.Set(reflect.ValueOf(&myErr{"boom"}))
	println(t.E.Error(), ev.Elem().Type().String(), ev.Type().String())
	ev.Set(reflect.Zero(ev.Type()))
	println(t.E == nil, ev.IsNil())

	z := reflect.Zero(reflect.TypeOf(T{}))
	println(z.Field(0).Int(), z.Field(1).IsNil(), z.CanSet(), z.IsZero(), reflect.Zero(reflect.TypeOf(1.5)).Float())

	arr := [3]int8{1, 2, 3}
	a := reflect.ValueOf(&arr).Elem()
	p := a.Index(1).Addr()
	println(p.Type().String(), *(p.Interface().(*int8)), a.Addr().Type().String(), a.CanAddr(), reflect.ValueOf(arr).CanAddr())
	println(a.Index(2).UnsafeAddr() == uintptr(unsafe.Pointer(&arr[2])))

	at := reflect.NewAt(reflect.TypeOf(int8(0)), unsafe.Pointer(&arr[0]))
	at.Elem().SetInt(-1)
	println(arr[0], at.Type().String())

	// PointerTo a type whose pointer type the program never uses: made at run time, once.
	type lonely struct{ A, B int16 }
	pt := reflect.PointerTo(reflect.TypeOf(lonely{}))
	println(pt.String(), pt.Kind().String(), pt.Elem() == reflect.TypeOf(lonely{}), pt == reflect.PointerTo(reflect.TypeOf(lonely{})))
	nl := reflect.New(reflect.TypeOf(lonely{}))
	nl.Elem().Field(1).SetInt(300)
	println(nl.Elem().Field(1).Int(), nl.Type() == pt)

	var up unsafe.Pointer = unsafe.Pointer(&x)
	upv := reflect.ValueOf(&up).Elem()
	println(upv.Kind().String(), upv.Pointer() == uintptr(unsafe.Pointer(&x)))
	upv.SetPointer(nil)
	println(up == nil, upv.IsNil())

	ch := make(chan int)
	var fn func()
	println(reflect.ValueOf(ch).Pointer() != 0, reflect.ValueOf(fn).IsNil(), reflect.ValueOf(main).IsNil())
	pp := &x
	ppv := reflect.ValueOf(&pp)
	println(ppv.Elem().Elem().Int(), ppv.Type().String(), ppv.Type().Elem().Elem().Kind().String())
}
