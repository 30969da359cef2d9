// DeepEqual on nested values: structs with unexported fields, slices (nil against empty), maps (nil, empty, same
// entries, a missing key), pointers, interfaces, arrays, functions, NaN, and cyclic data (a list that points back
// to itself, a map holding itself).
package main

import "reflect"

type node struct {
	val  int
	next *node
	tags map[string][]int
}

type ring struct {
	name string
	peer *ring
}

func main() {
	a := node{val: 1, tags: map[string][]int{"x": {1, 2}}}
	b := node{val: 1, tags: map[string][]int{"x": {1, 2}}}
	println(reflect.DeepEqual(a, b), reflect.DeepEqual(&a, &b))
	b.tags["x"][1] = 3
	println(reflect.DeepEqual(a, b))
	b.tags["x"][1] = 2
	b.tags["y"] = nil
	println(reflect.DeepEqual(a, b))
	a.tags["z"] = nil
	println(reflect.DeepEqual(a, b))

	println(reflect.DeepEqual([]int(nil), []int{}), reflect.DeepEqual([]int{}, []int{}), reflect.DeepEqual([]int(nil), []int(nil)))
	println(reflect.DeepEqual(map[int]int(nil), map[int]int{}), reflect.DeepEqual(map[int]int{}, map[int]int{}))
	println(reflect.DeepEqual(1, 1), reflect.DeepEqual(1, int64(1)), reflect.DeepEqual("a", "a"), reflect.DeepEqual(nil, nil), reflect.DeepEqual(nil, 0))
	println(reflect.DeepEqual([2]any{1, "x"}, [2]any{1, "x"}), reflect.DeepEqual([2]any{1, "x"}, [2]any{1, "y"}))
	var f func()
	println(reflect.DeepEqual(f, f), reflect.DeepEqual(main, main))
	nan := 0.0
	nan = nan / nan
	println(reflect.DeepEqual(nan, nan), reflect.DeepEqual([]float64{nan}, []float64{nan}))
	s := []float64{nan}
	println(reflect.DeepEqual(s, s)) // the same array: equal without looking at the elements
	x, y := 5, 5
	println(reflect.DeepEqual(&x, &y), reflect.DeepEqual(map[string]*int{"k": &x}, map[string]*int{"k": &y}))

	// Cycles: two rings of two that point at each other, and a ring against a longer one.
	r1 := &ring{name: "a"}
	r1.peer = &ring{name: "b", peer: r1}
	r2 := &ring{name: "a"}
	r2.peer = &ring{name: "b", peer: r2}
	println(reflect.DeepEqual(r1, r2))
	r3 := &ring{name: "a"}
	r3.peer = &ring{name: "b", peer: &ring{name: "a", peer: r3}}
	println(reflect.DeepEqual(r1, r3))
	r2.peer.name = "c"
	println(reflect.DeepEqual(r1, r2))

	n1 := &node{val: 1}
	n1.next = n1
	n2 := &node{val: 1}
	n2.next = n2
	println(reflect.DeepEqual(n1, n2))

	m1 := map[string]any{}
	m1["self"] = m1
	m2 := map[string]any{}
	m2["self"] = m2
	println(reflect.DeepEqual(m1, m2))
	l1 := []any{nil}
	l1[0] = l1
	l2 := []any{nil}
	l2[0] = l2
	println(reflect.DeepEqual(l1, l2))

	type deep struct {
		A []map[string][2]*node
		B any
	}
	d1 := deep{A: []map[string][2]*node{{"k": {{val: 1}, nil}}}, B: []string{"s"}}
	d2 := deep{A: []map[string][2]*node{{"k": {{val: 1}, nil}}}, B: []string{"s"}}
	println(reflect.DeepEqual(d1, d2))
	d2.B = []string{"t"}
	println(reflect.DeepEqual(d1, d2))
}
