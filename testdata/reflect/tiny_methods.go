// Methods and names within an Arduino's budget: Implements, MethodByName, a named type's Name, PkgPath, String.
package main

import "reflect"

type Namer interface{ Name() string }

type T struct{}

func (*T) Name() string { return "t" }

func main() {
	it := reflect.TypeOf((*Namer)(nil)).Elem()
	pt := reflect.TypeOf(&T{})
	_, ok := pt.MethodByName("Name")
	println(pt.Implements(it), pt.Elem().Implements(it), ok, pt.NumMethod())
	println(pt.Elem().Name(), pt.Elem().PkgPath(), pt.String(), it.String())
}
