// Slices within an Arduino's budget: Index set, Append, SetLen, Swapper.
package main

import "reflect"

func main() {
	s := []int16{3, 1, 2}
	v := reflect.ValueOf(&s).Elem()
	v.Index(0).SetInt(5)
	v.Set(reflect.Append(v, reflect.ValueOf(int16(4))))
	v.SetLen(3)
	sw := reflect.Swapper(s)
	sw(0, 2)
	println(len(s), cap(s), s[0], s[1], s[2], v.Index(2).Int())
}
