// Values stored through reflect outlive the frames that made them: what ValueOf holds escapes to the heap (as in
// gc), and values reflect makes itself (conversions' strings and slices) are heap objects, even though reflect copies
// memory with memmove, whose contents escape analysis does not follow. Each store below is followed by a call that
// overwrites the stack.
package main

import "reflect"

type box struct {
	S []string
	P *int
	M map[string][]int
	A any
}

func fill(b *box) {
	v := reflect.ValueOf(b).Elem()
	v.Field(0).Set(reflect.ValueOf([]string{"a", "b"}))
	n := 41
	v.Field(1).Set(reflect.ValueOf(&n))
	v.Field(2).Set(reflect.ValueOf(map[string][]int{}))
	v.Field(2).SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf([]int{1, 2, 3}))
	local := [2]string{"x", "y"}
	v.Field(3).Set(reflect.ValueOf(local[:]))
}

func convert(b *box) reflect.Value {
	s := reflect.ValueOf(b).Elem().Field(0).Index(1).String() + "cd"
	return reflect.ValueOf(s).Convert(reflect.TypeOf([]byte(nil)))
}

func itos(n int) reflect.Value {
	return reflect.ValueOf(n).Convert(reflect.TypeOf(""))
}

func clobber(n int) int {
	var a [32]int
	for i := range a {
		a[i] = i * n
	}
	return a[n%32]
}

func main() {
	var b box
	fill(&b)
	clobber(3)
	println(len(b.S), b.S[0], b.S[1], *b.P, len(b.M["k"]), b.M["k"][2], b.A.([]string)[1])
	bs := convert(&b)
	is := itos(0x263a)
	clobber(5)
	println(string(bs.Bytes()), is.String(), is.Len())
	keys := reflect.ValueOf(b.M).MapKeys()
	clobber(7)
	println(keys[0].String())
}
