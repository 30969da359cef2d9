package main

func main() {
	n := -1
	println(len(make([]byte, 0, 4)))
	println(len(make([]byte, n)))
}
