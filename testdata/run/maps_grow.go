package main

func main() {
	// maps of slices and of maps
	ms := map[string][]int{}
	ms["a"] = append(ms["a"], 1, 2)
	ms["a"] = append(ms["a"], 3)
	println(len(ms["a"]), ms["a"][2])
	mm := map[int]map[int]int{}
	mm[1] = map[int]int{2: 3}
	mm[1][4] = 5
	println(mm[1][2], mm[1][4], len(mm[2]))

	// a big map grows
	big := map[int]string{}
	for i := 0; i < 40; i++ {
		big[i] = "x"
	}
	for i := 0; i < 40; i += 2 {
		delete(big, i)
	}
	n := 0
	for k := range big {
		if k%2 == 1 {
			n++
		}
	}
	println(len(big), n)
}
