// Names of types from other packages and of generic instances: String, Name, PkgPath, method sets of an
// instantiated type (Method's func type with the receiver), Implements of an anonymous interface.
package main

import (
	"errors"
	"reflect"
	"time"
)

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(x T) { l.items = append(l.items, x) }

type Pair[K comparable, V any] struct {
	K K
	V V
}

func main() {
	d := reflect.TypeOf(time.Second)
	println(d.String(), d.Name(), d.PkgPath(), d.Kind().String(), d.NumMethod() > 5)
	e := reflect.TypeOf(errors.New("x"))
	println(e.String(), e.Elem().Name(), e.Elem().PkgPath(), e.NumMethod(), e.Method(0).Name)
	l := reflect.TypeOf(&List[int]{})
	println(l.String(), l.Elem().Name(), l.NumMethod(), l.Method(0).Type.String(), l.Elem().Field(0).Type.String())
	p := reflect.TypeOf(Pair[string, []int]{})
	println(p.String(), p.Name(), p.Field(1).Type.String())
	var iface interface{ Push(int) } = &List[int]{}
	println(reflect.TypeOf(iface).Implements(reflect.TypeOf((*interface{ Push(int) })(nil)).Elem()))
}
