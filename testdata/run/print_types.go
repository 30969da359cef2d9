package main

import "unsafe"

// print and println of every kind of value whose printed form does not depend on addresses: gc prints pointers,
// maps, channels, functions and unsafe.Pointers as their address (0x0 when nil), slices as [len/cap]address, and
// interfaces as (type,data) pairs.

type myInt int16
type myString string
type myFloat float32

func main() {
	println(true, false, int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808))
	println(uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615), uintptr(0x1234))
	println(myInt(-7), myString("named"), myFloat(0.5), 'x', byte('y'))
	println(1.0, -2.5e-10, float32(3.25), complex(1, -2), complex64(complex(0.5, 0)))
	println("", "multi", "args")
	var p *int
	var m map[string]int
	var s []int
	var f func()
	var e any
	var err error
	var up unsafe.Pointer
	println(p, m, f, up)
	println(s, e, err)
	print("no newline", 1, 2, "\n")
	print()
	println()
	empty := []int{}
	println(len(empty), cap(empty), empty == nil)
	type pair struct{ a, b int }
	var pp *pair
	println(pp == nil, pp)
}
