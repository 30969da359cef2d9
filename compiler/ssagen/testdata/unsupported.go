package main

func main() {
	s := []int{1, 2}
	m := map[string]int{}
	f := func() {}
	go f()
	defer f()
	for range s {
	}
	println(len(m))
}
