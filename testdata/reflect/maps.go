// Maps through reflect: MapIndex, SetMapIndex (insert, overwrite, delete), MapKeys, MapRange with Key, Value, Next
// and Reset, MakeMap, maps with struct, float and interface keys, a nil map; iteration order is random in gc, so keys
// are sorted before printing.
package main

import "reflect"

type key struct {
	a int8
	b string
}

func sortedInts(vs []reflect.Value) []int64 {
	out := make([]int64, len(vs))
	for i, v := range vs {
		out[i] = v.Int()
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func main() {
	m := map[string]int{"one": 1, "two": 2}
	v := reflect.ValueOf(m)
	println(v.Len(), v.MapIndex(reflect.ValueOf("one")).Int(), v.MapIndex(reflect.ValueOf("three")).IsValid())
	v.SetMapIndex(reflect.ValueOf("three"), reflect.ValueOf(3))
	v.SetMapIndex(reflect.ValueOf("one"), reflect.ValueOf(11))
	v.SetMapIndex(reflect.ValueOf("two"), reflect.Value{})
	println(len(m), m["one"], m["three"], m["two"])

	sum := 0
	n := 0
	it := v.MapRange()
	for it.Next() {
		sum += int(it.Value().Int()) * len(it.Key().String())
		n++
	}
	println(n, sum)
	it.Reset(reflect.ValueOf(map[string]int{"x": 5}))
	for it.Next() {
		println(it.Key().String(), it.Value().Int())
	}

	im := map[int]bool{5: true, -3: false, 9: true}
	for _, k := range sortedInts(reflect.ValueOf(im).MapKeys()) {
		print(k, " ")
	}
	println()

	sk := map[key][]int{{1, "a"}: {1, 2}, {2, "b"}: nil}
	sv := reflect.ValueOf(sk)
	e := sv.MapIndex(reflect.ValueOf(key{1, "a"}))
	println(e.Len(), e.Index(1).Int(), sv.MapIndex(reflect.ValueOf(key{2, "b"})).IsNil(), sv.MapIndex(reflect.ValueOf(key{3, "c"})).IsValid())

	fm := map[float64]string{1.5: "x", -0.0: "zero"}
	fv := reflect.ValueOf(fm)
	println(fv.MapIndex(reflect.ValueOf(0.0)).String(), fv.MapIndex(reflect.ValueOf(1.5)).String())

	am := map[any]int{1: 10, "s": 20, key{1, "k"}: 30}
	av := reflect.ValueOf(am)
	println(av.MapIndex(reflect.ValueOf(1)).Int(), av.MapIndex(reflect.ValueOf("s")).Int(), av.MapIndex(reflect.ValueOf(key{1, "k"})).Int())
	av.SetMapIndex(reflect.ValueOf(2.5), reflect.ValueOf(40))
	println(am[2.5], len(am))

	mt := reflect.TypeOf(map[string][]string{})
	made := reflect.MakeMap(mt)
	made.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf([]string{"v1", "v2"}))
	mm := made.Interface().(map[string][]string)
	println(len(mm), mm["k"][1], made.Type() == mt)
	sized := reflect.MakeMapWithSize(reflect.TypeOf(map[int]int{}), 20)
	for i := 0; i < 20; i++ {
		sized.SetMapIndex(reflect.ValueOf(i), reflect.ValueOf(i*i))
	}
	println(sized.Len(), sized.MapIndex(reflect.ValueOf(7)).Int())

	var nm map[string]int
	nv := reflect.ValueOf(nm)
	println(nv.IsNil(), nv.Len(), len(nv.MapKeys()), nv.MapIndex(reflect.ValueOf("a")).IsValid())
	nv.SetMapIndex(reflect.ValueOf("a"), reflect.Value{}) // deleting from a nil map does nothing
	nit := nv.MapRange()
	println(nit.Next())

	// Values read out of a map are copies: changing the map afterwards does not change them.
	cv := reflect.ValueOf(map[int]key{1: {7, "seven"}})
	got := cv.MapIndex(reflect.ValueOf(1))
	cv.SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(key{8, "eight"}))
	println(got.Field(0).Int(), got.Field(1).String(), got.CanSet(), got.CanAddr())

	// Settable map values through a pointer, and a map inside a struct.
	type holder struct{ M map[string]int }
	h := holder{}
	hv := reflect.ValueOf(&h).Elem().Field(0)
	hv.Set(reflect.MakeMap(hv.Type()))
	hv.SetMapIndex(reflect.ValueOf("z"), reflect.ValueOf(26))
	println(h.M["z"], hv.Type().Key().Kind().String(), hv.Type().Elem().Kind().String())
}
