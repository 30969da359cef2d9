package main

func get(i int) int {
	var a [3]int
	a[1] = 9
	return a[i]
}

func main() {
	println(get(1))
	println(get(5))
}
