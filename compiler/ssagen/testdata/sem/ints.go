package main

var g1 = g2 + 1
var g2 = f()
var g3, g4 = pair()
var counter int

func f() int { counter++; return 41 }

func pair() (int, uint8) { return g1 * 2, 255 }

func init() { counter += 100 }

func init() { counter *= 2 }

func main() {
	println(g1, g2, g3, g4, counter)
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int16 = -32768
	c = -c
	var d uint32 = 1 << 31
	d <<= 1
	println(a, b, c, d)
	var e int64 = -9
	println(e/2, e%2, e>>1, uint64(e)>>60, e<<62)
	var u uint16 = 0xF0F0
	println(u&^0xFF00, u|0x000F, u^0xFFFF, ^u, -u)
	s := uint(70)
	one, two := int32(1), uint8(200)
	println(1<<s == 0, one<<31, two+uint8(100))
	var x int = 1
	for i := 0; i < 70; i++ {
		x = x*3 + i
	}
	println(x, int32(x), uint8(x), int64(int8(x)))
	const big = 1 << 40
	println(big>>38, 'a'+1, byte('a')+1)
}
