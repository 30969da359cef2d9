package main

func main() {
	println(true, false)
	println(0, -1, 2147483647, -2147483648)
	println(int64(-9223372036854775808), uint64(18446744073709551615))
	println(int8(-128), int16(-32768), uint8(255), uint16(65535), uint32(4294967295))
	print("a", "b", 1, 2, true, "\n")
	println("multi", "args", 3)
	var p *int
	println(p)
	println()
	var u uintptr = 0x1234
	println(u)
	println('x', "tab\tand\\backslash")
}
