package main

var global int

func div(a int, b int) int { return a / b }

func main() {
	println("hello", 42, true, false, -7)
	var i8 int8 = -128
	var u8 uint8 = 255
	var i64 int64 = -9223372036854775808
	var u64 uint64 = 18446744073709551615
	var u32 uint32 = 4294967295
	println(i8, u8, i64, u64, u32)
	print("a", 1, "b\n")
	var p *int
	println(p)
	global = 7
	println(global, "x" < "y", "abc" == "abc", len("hello"))
	println(div(-7, 2), div(7, -1))
	println(div(1, 0))
}
