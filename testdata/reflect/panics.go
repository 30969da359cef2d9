// reflect's panics, recovered and printed, with gc's messages: ValueError for a method on the wrong kind or on the
// zero Value, setting an unaddressable value or one reached through an unexported field, Interface of an unexported
// field, Type methods on the wrong kind, indexes out of range, assignability; the last one is not recovered.
package main

import "reflect"

type T struct {
	A int
	b int
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			_, isVE := r.(*reflect.ValueError)
			println(name, "error:", e.Error(), isVE)
		} else if s, ok := r.(string); ok {
			println(name, "string:", s)
		} else {
			println(name, "no panic")
		}
	}()
	f()
}

func main() {
	t := T{1, 2}
	try("Int", func() { reflect.ValueOf("s").Int() })
	try("zero", func() { reflect.Value{}.Type() })
	try("Elem", func() { reflect.ValueOf(3).Elem() })
	try("SetInt", func() { reflect.ValueOf(3).SetInt(4) })
	try("unexported", func() { reflect.ValueOf(&t).Elem().Field(1).SetInt(4) })
	try("Interface", func() { reflect.ValueOf(t).Field(1).Interface() })
	try("TypeElem", func() { reflect.TypeOf(3).Elem() })
	try("Key", func() { reflect.TypeOf(3).Key() })
	try("NumField", func() { reflect.TypeOf(3).NumField() })
	try("Field", func() { reflect.TypeOf(t).Field(5) })
	try("Index", func() { reflect.ValueOf([]int{1}).Index(1) })
	try("Set", func() { reflect.ValueOf(&t).Elem().Field(0).Set(reflect.ValueOf("x")) })
	try("Len", func() { reflect.ValueOf(3).Len() })
	try("SetLen", func() {
		s := []int{1}
		reflect.ValueOf(&s).Elem().SetLen(2)
	})
	try("Addr", func() { reflect.ValueOf(t).Addr() })
	try("ok", func() { reflect.ValueOf(&t).Elem().Field(0).SetInt(9) })
	println(t.A)
	reflect.ValueOf(1.5).Uint()
}
