// std: sort — Ints, Strings, Float64s, Slice, SliceStable, Search, SearchInts/SearchStrings, Sort and Stable on a
// custom type, Reverse, IsSorted and Find (Go 1.19), printed with println.
package main

import "sort"

// person is sorted by age, then stably by name.
type person struct {
	name string
	age  int
}

// byAge implements sort.Interface over people by age.
type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }

func ints(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println()
}

func strs(s []string) {
	for _, v := range s {
		print(v, " ")
	}
	println()
}

func people(p []person) {
	for _, x := range p {
		print(x.name, ":", x.age, " ")
	}
	println()
}

func main() {
	a := []int{5, 2, 8, -1, 9, 3, 3, 0, 7, 100, -50, 42, 6, 1, 4}
	println(sort.IntsAreSorted(a))
	sort.Ints(a)
	ints(a)
	println(sort.IntsAreSorted(a), sort.SearchInts(a, 7), sort.SearchInts(a, 10), sort.SearchInts(a, -100), sort.SearchInts(a, 1000))
	sort.Sort(sort.Reverse(sort.IntSlice(a)))
	ints(a)

	s := []string{"pear", "apple", "fig", "banana", "Cherry", "apple", ""}
	sort.Strings(s)
	strs(s)
	println(sort.SearchStrings(s, "banana"), sort.SearchStrings(s, "zzz"), sort.StringsAreSorted(s))

	f := []float64{2.5, -1, 3.25, 0, 1e10, -1e-3}
	sort.Float64s(f)
	for _, v := range f {
		print(v, " ")
	}
	println(sort.Float64sAreSorted(f), sort.SearchFloat64s(f, 3))

	p := []person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}, {"eve", 35}, {"frank", 30}, {"grace", 25}}
	q := append([]person(nil), p...)
	sort.SliceStable(q, func(i, j int) bool { return q[i].age < q[j].age })
	people(q)
	q = append(q[:0], p...)
	sort.Stable(byAge(q))
	people(q)
	q = append(q[:0], p...)
	sort.Slice(q, func(i, j int) bool {
		if q[i].age != q[j].age {
			return q[i].age > q[j].age
		}
		return q[i].name < q[j].name
	})
	people(q)
	sort.Sort(byAge(q))
	println(sort.IsSorted(byAge(q)), sort.SliceIsSorted(q, func(i, j int) bool { return q[i].age < q[j].age }))

	// Search: the smallest index for which f is true.
	x := 23
	data := []int{1, 4, 9, 16, 25, 36, 49}
	i := sort.Search(len(data), func(i int) bool { return data[i] >= x })
	println("Search", i, data[i])
	guess := sort.Search(100, func(n int) bool { return n*n >= 2000 })
	println("sqrt", guess)
	for _, want := range []int{36, 37} {
		i, found := sort.Find(len(data), func(i int) int { return want - data[i] })
		println("Find", want, i, found)
	}

	// A larger slice, sorted and checked (exercises pdqsort's insertion, heap and partition paths).
	big := make([]int, 300)
	seed := uint32(7)
	for i := range big {
		seed = seed*1664525 + 1013904223
		big[i] = int(seed >> 20)
	}
	sort.Ints(big)
	sum := 0
	for _, v := range big {
		sum += v
	}
	println(sort.IntsAreSorted(big), big[0], big[150], big[299], sum)
	sort.Sort(sort.Reverse(sort.IntSlice(big)))
	println(big[0], big[299])
}
