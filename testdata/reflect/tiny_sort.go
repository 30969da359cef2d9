// sort.Slice within an Arduino's budget: reflectlite's ValueOf(x).Len and Swapper.
package main

import "sort"

type pair struct {
	k string
	v int16
}

func main() {
	ps := []pair{{"c", 3}, {"a", 1}, {"b", 2}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].v < ps[j].v })
	println(ps[0].k, ps[1].k, ps[2].k)
}
