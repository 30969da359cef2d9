// Struct types and values: fields with tags, unexported and embedded fields, FieldByName through embedding, the
// read-only flag of values reached through unexported fields (CanSet and CanInterface false, as fmt and
// encoding/json rely on), setting fields through a pointer, VisibleFields.
package main

import "reflect"

type Inner struct {
	X    int16 `json:"x,omitempty" xml:"ex"`
	note string
}

type inner2 struct {
	Deep bool
	X    int8
}

type Outer struct {
	Name string `json:"name"`
	Inner
	*inner2
	age   uint8 `json:"-"`
	Tags  []string
	odd   string `k:"a\tb\u00e9\x41" bad`
	Embed struct{ A, B int8 }
}

func main() {
	o := Outer{Name: "n", Inner: Inner{X: 7, note: "secret"}, inner2: &inner2{Deep: true, X: 3}, age: 30}
	t := reflect.TypeOf(o)
	println(t.String(), t.Kind().String(), t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		println(i, f.Name, f.PkgPath, f.Type.String(), f.Anonymous, f.IsExported(), len(f.Index), f.Index[0], string(f.Tag))
	}
	f, _ := t.FieldByName("Name")
	println(f.Tag.Get("json"), f.Tag.Get("xml") == "")
	v, ok := t.Field(4).Tag.Lookup("json")
	println(v, ok)
	odd := t.Field(5).Tag
	v, ok = odd.Lookup("k")
	println(v, ok, len(v))
	v, ok = odd.Lookup("bad")
	println(v == "", ok)

	_, ok = t.FieldByName("X") // in Inner and inner2 at the same depth: ambiguous
	println(ok)
	x := t.Field(1).Type.Field(0)
	println(x.Name, x.Type.String(), len(x.Index), x.Index[0], x.Tag.Get("xml"))
	deep, ok := t.FieldByName("Deep")
	println(deep.Name, ok, deep.Index[0], deep.Index[1])
	_, ok = t.FieldByName("nothere")
	println(ok)
	note, ok := t.FieldByName("note")
	println(note.Name, ok, note.PkgPath)
	ff := t.FieldByIndex([]int{2, 0})
	println(ff.Name, ff.Type.String())

	rv := reflect.ValueOf(&o).Elem()
	println(rv.CanSet(), rv.Field(0).CanSet(), rv.Field(0).CanInterface(), rv.Field(3).CanSet(), rv.Field(3).CanInterface())
	println(rv.Field(3).Uint(), rv.Field(1).Field(1).String(), rv.Field(1).Field(1).CanInterface())
	rv.Field(0).SetString("changed")
	rv.Field(1).FieldByName("X").SetInt(-9)
	println(rv.FieldByName("X").IsValid())
	rv.Field(4).Set(reflect.ValueOf([]string{"a", "b"}))
	println(o.Name, o.Inner.X, len(o.Tags), o.Tags[1])
	// The exported fields of an embedded struct are settable; the embedded pointer's target too.
	rv.FieldByIndex([]int{2, 0}).SetBool(false)
	println(o.inner2.Deep, rv.Field(2).CanInterface(), rv.Field(2).Elem().Field(0).CanSet())
	println(rv.Field(6).Field(1).CanSet(), rv.FieldByName("Embed").NumField())
	println(rv.Field(1).Field(0).Interface().(int16), rv.Field(1).Field(0).Int())

	// A struct held directly in an interface word, and one boxed: fields read the same.
	type small struct {
		A, B int8
		C    bool
	}
	sv := reflect.ValueOf(small{-1, 2, true})
	println(sv.Field(0).Int(), sv.Field(1).Int(), sv.Field(2).Bool(), sv.Field(1).CanAddr())
	println(sv.Field(1).Interface().(int8), sv.Field(2).Interface().(bool))
	bv := reflect.ValueOf(o)
	println(bv.Field(0).String(), bv.Field(0).CanSet(), bv.Field(1).Field(0).Int())

	for _, vf := range reflect.VisibleFields(t) {
		print(vf.Name, len(vf.Index), " ")
	}
	println()
	println(reflect.ValueOf(o).FieldByName("Deep").Bool(), reflect.ValueOf(o).FieldByName("zz").IsValid())
	println(reflect.ValueOf(Inner{}).IsZero(), reflect.ValueOf(Inner{note: "x"}).IsZero(), rv.Field(1).IsZero())
}
