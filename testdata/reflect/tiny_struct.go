// Structs within an Arduino's budget: fields with tags, an unexported field (readable, not settable, not an
// interface), setting exported fields through a pointer, an embedded struct's field.
package main

import "reflect"

type In struct {
	Z int8
}

type S struct {
	A int16 `k:"v"`
	b uint8
	In
}

func main() {
	s := S{A: 1, b: 2}
	t := reflect.TypeOf(s)
	f, _ := t.FieldByName("A")
	println(t.String(), t.NumField(), f.Name, f.Tag.Get("k"), t.Field(1).IsExported(), t.Field(2).Anonymous)
	v := reflect.ValueOf(&s).Elem()
	v.Field(0).SetInt(-7)
	v.Field(2).Field(0).SetInt(9)
	b := v.Field(1)
	println(s.A, s.Z, b.Uint(), b.CanSet(), b.CanInterface(), v.Field(0).CanSet())
}
