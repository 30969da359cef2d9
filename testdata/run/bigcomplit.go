package main

// Big composite literals must be built in place (no alloca or first-class load/store of the whole array).

type pair struct {
	a, b int32
}

var big = [300]byte{42, 7: 9}
var table = [16]pair{{1, 2}, 5: {3, 4}}
var copyDst [300]byte

func main() {
	copyDst = big
	local := [40]int32{1, 2, 3}
	local2 := local
	local2[0] = 100
	println(big[0], big[7], big[8], copyDst[7], len(big))
	println(table[0].a, table[0].b, table[5].b, table[6].a)
	println(local[0], local2[0], local2[2])
}
