package main

var table = [3]uint8{10, 20, 30}

func get(i int) uint8 { return table[i] }

func main() {
	println(get(2))
	println(get(5))
}
