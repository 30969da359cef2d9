// Maps within an Arduino's budget: MapIndex, SetMapIndex (insert and delete), MapRange, MakeMap.
package main

import "reflect"

func main() {
	m := map[int8]int16{1: 10, 2: 20}
	v := reflect.ValueOf(m)
	v.SetMapIndex(reflect.ValueOf(int8(3)), reflect.ValueOf(int16(30)))
	v.SetMapIndex(reflect.ValueOf(int8(1)), reflect.Value{})
	println(len(m), m[3], v.MapIndex(reflect.ValueOf(int8(2))).Int(), v.MapIndex(reflect.ValueOf(int8(1))).IsValid())
	sum := int64(0)
	it := v.MapRange()
	for it.Next() {
		sum += it.Key().Int() * it.Value().Int()
	}
	n := reflect.MakeMap(v.Type())
	n.SetMapIndex(reflect.ValueOf(int8(4)), reflect.ValueOf(int16(40)))
	println(sum, n.Len(), n.Interface().(map[int8]int16)[4])
}
