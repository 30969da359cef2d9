package main

func main() {
	var one uint32 = 1
	var n uint = 31
	println(one<<n, one<<(n+1), one<<40)
	var neg int16 = -1000
	println(neg>>3, neg>>15, neg>>20, neg<<4)
	var s8 int8 = 64
	println(s8<<1, s8<<2)
	var big uint64 = 1 << 63
	var k uint8 = 63
	println(big>>k, big>>(k+1), int64(big)>>k)
	const c = 1 << 100 >> 98
	println(c)
	var sh int = 3
	println(1<<sh, 255>>sh)
}
