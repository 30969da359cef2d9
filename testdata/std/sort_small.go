// std: sort — sized for arduino: Ints, Strings, Search, SearchInts and Sort on a custom type. sort.go covers
// Slice, SliceStable, Float64s, Stable and Find.
package main

import "sort"

// byLen sorts strings by length.
type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

func main() {
	a := []int{5, 2, 8, -1, 9, 3, 3, 0}
	sort.Ints(a)
	for _, v := range a {
		print(v, " ")
	}
	println(sort.IntsAreSorted(a), sort.SearchInts(a, 8))
	s := []string{"pear", "fig", "apple", "kiwi"}
	sort.Strings(s)
	println(s[0], s[1], s[2], s[3])
	sort.Sort(byLen(s))
	println(s[0], s[3], sort.IsSorted(byLen(s)))
	println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
}
