package main

type Small uint8

func main() {
	var big uint64 = 1 << 63
	var b uint8 = 200
	var s Small = 7
	var i8 int8 = -3
	var p *int
	println(1 < big, big > 1, 5 < b, b >= 200, 300 > int(b), s == 7, 7 != s, -4 < i8, i8 < -2)
	println(nil == p, p == nil, "abc" < "abd", "b" > "abc", 1<<62 < big)
	const c = 10
	x := c
	println(c == x, x+c, c-x-1)
}
