package main

func shl(x int32, n int) int32 { return x << n }

func main() {
	println(shl(1, 4))
	println(shl(1, -1))
}
