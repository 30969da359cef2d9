package main

func main() {
	s := []int{1, 2}
	m := map[string]int{}
	f := func() {}
	defer copy(s, s)
	defer f()
	for range s {
	}
	println(len(m))
}
