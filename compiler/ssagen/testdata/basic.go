package main

const k = 10

var counter int
var a, b = pair()
var limit = k * 2

func pair() (int, int) { return 1, 2 }

func add(x, y int) int {
	return x + y
}

func divmod(x, y int) (q, r int) {
	q = x / y
	r = x % y
	return
}

func widths(x uint8, y int16, z uint32, w int64) int64 {
	s := int64(x) + int64(y) + int64(z) + w
	s <<= 2
	s = s >> 1
	s = -s
	s &^= 3
	return s ^ 1
}

func init() {
	counter = limit
}

func init() {
	counter++
}

func main() {
	var x int
	x = add(k, 3)
	q, r := divmod(x, 4)
	println("q", q, r, true, 'a')
	print(widths(1, 2, 3, 4), "\n")
	var s string = "héllo"
	println(len(s), s[1], len("abc"))
	if x > 5 {
		panic("too big")
	}
}
