// DeepEqual within an Arduino's budget: nested structs with slices, and a cycle.
package main

import "reflect"

type N struct {
	V    int8
	Next *N
	S    []int8
}

func main() {
	a := &N{V: 1, S: []int8{2}}
	a.Next = a
	b := &N{V: 1, S: []int8{2}}
	b.Next = b
	println(reflect.DeepEqual(a, b))
	b.S[0] = 3
	println(reflect.DeepEqual(a, b), reflect.DeepEqual([]int8(nil), []int8{}))
}
