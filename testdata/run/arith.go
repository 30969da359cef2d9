package main

func add8(a, b int8) int8     { return a + b }
func mul16(a, b uint16) uint16 { return a * b }

func main() {
	var a int32 = 1000000
	var b int32 = 3
	println(a+b, a-b, a*b, a/b, a%b, -a/b, -a%b)
	println(a&b, a|b, a^b, a&^b, ^a)
	var u uint32 = 4000000000
	println(u+u, u*3, u/7, u%7, u>>3, u<<1)
	println(add8(100, 100), add8(-128, -1), mul16(300, 300))
	var x int64 = 9223372036854775807
	x++
	println(x, x-1)
	var y uint64 = 18446744073709551615
	println(y, y+2, y/3, y%1000)
	var i8 int8 = -128
	println(i8/-1, i8%-1, -i8)
	var c byte = 'A'
	c += 2
	println(c, c-'A')
	var r rune = '世'
	println(r, r+1)
	var m int = 17
	m *= 3
	m -= 1
	m /= 5
	m %= 4
	m <<= 3
	m >>= 1
	m |= 1
	m &= 7
	m ^= 2
	println(m)
}
