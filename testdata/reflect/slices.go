// Slices, arrays and strings through reflect: Index (reading and setting), Append, AppendSlice, SetLen, SetCap,
// MakeSlice, Copy, Slice and Slice3 (of a slice, an addressable array, a string), Bytes and SetBytes.
package main

import "reflect"

func printInts(s []int) {
	for _, x := range s {
		print(x, " ")
	}
	println(len(s), cap(s))
}

func main() {
	s := []int{1, 2, 3}
	v := reflect.ValueOf(&s).Elem()
	println(v.Len(), v.Cap(), v.Index(1).Int(), v.Index(2).CanSet(), v.CanSet())
	v.Index(0).SetInt(10)
	printInts(s)
	v.Set(reflect.Append(v, reflect.ValueOf(4), reflect.ValueOf(5)))
	printInts(s)
	v.Set(reflect.AppendSlice(v, reflect.ValueOf([]int{6, 7, 8})))
	printInts(s)
	v.SetLen(2)
	printInts(s)
	v.SetCap(3)
	printInts(s)
	v.SetLen(3)
	printInts(s)

	// Index on a slice value that is not itself addressable still gives settable elements.
	rs := reflect.ValueOf(s)
	rs.Index(1).SetInt(20)
	println(s[1], rs.CanSet(), rs.Index(1).CanSet(), rs.Index(1).CanAddr())

	ms := reflect.MakeSlice(reflect.TypeOf([]string{}), 2, 5)
	ms.Index(1).SetString("b")
	ms = reflect.Append(ms, reflect.ValueOf("c"))
	strs := ms.Interface().([]string)
	println(len(strs), cap(strs), strs[0] == "", strs[1], strs[2])

	dst := reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 2)
	println(reflect.Copy(dst, reflect.ValueOf([]int{7, 8, 9})), dst.Index(0).Int(), dst.Index(1).Int())
	bs := make([]byte, 3)
	println(reflect.Copy(reflect.ValueOf(bs), reflect.ValueOf("xyz!")), string(bs))

	sub := reflect.ValueOf(s).Slice(1, 3)
	println(sub.Len(), sub.Cap(), sub.Index(0).Int(), sub.Type().String())
	sub3 := reflect.ValueOf(s).Slice3(0, 1, 2)
	println(sub3.Len(), sub3.Cap())

	arr := [4]int16{1, 2, 3, 4}
	av := reflect.ValueOf(&arr).Elem()
	av.Index(3).SetInt(40)
	as := av.Slice(1, 3)
	as.Index(0).SetInt(200)
	println(arr[1], arr[3], as.Len(), as.Cap(), as.Type().String(), as.Kind().String())
	println(reflect.ValueOf(arr).Index(3).Int(), reflect.ValueOf(arr).Index(3).CanSet())
	small := [2]int8{-1, 5}
	sv := reflect.ValueOf(small)
	println(sv.Index(0).Int(), sv.Index(1).Int(), sv.Len())

	str := reflect.ValueOf("hello")
	println(str.Len(), str.Index(1).Uint(), str.Index(1).Kind().String(), str.Slice(1, 4).String())

	b := []byte("abc")
	bv := reflect.ValueOf(&b).Elem()
	println(string(bv.Bytes()))
	bv.SetBytes([]byte("defg"))
	println(string(b))
	ba := [3]byte{'x', 'y', 'z'}
	println(string(reflect.ValueOf(&ba).Elem().Bytes()), string(reflect.ValueOf(&ba).Elem().Slice(0, 2).Bytes()))

	var nilSlice []int
	ns := reflect.ValueOf(nilSlice)
	println(ns.IsNil(), ns.Len(), reflect.ValueOf([]int{}).IsNil())
	grown := reflect.Append(ns, reflect.ValueOf(1))
	println(grown.Len(), grown.Index(0).Int(), ns.Len())

	type pt struct{ X, Y int8 }
	ps := []pt{{1, 2}, {3, 4}}
	pv := reflect.ValueOf(ps)
	pv.Index(1).Field(0).SetInt(30)
	println(ps[1].X, pv.Index(0).Field(1).Int())
	nested := [][]string{{"a"}, {"b", "c"}}
	println(reflect.ValueOf(nested).Index(1).Index(1).String())
}
