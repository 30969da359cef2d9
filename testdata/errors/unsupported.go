package main

func main() {
	a := []int{1, 2}
	b := []int{3}
	defer copy(a, b)
	println(a[0])
}
