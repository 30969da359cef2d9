// Regression test: typed float constants whose exact value has a huge denominator (subnormals, 2^-1074) were
// lowered as Number(num)/Number(den), which overflowed to Infinity and gave 0. Printed as bit patterns.
package main

import "unsafe"

func bits64(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }
func bits32(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }

const third = 1.0 / 3

func main() {
	println(bits64(4.9e-324), bits64(1e-320), bits64(1e-310), bits64(2.225073858507201e-308))
	println(bits64(2.2250738585072014e-308), bits64(1.7976931348623157e308), bits64(0.1), bits64(third))
	var f float64 = -5e-324
	println(bits64(f))
	println(bits32(1.4e-45), bits32(1e-40), bits32(1.1754942e-38), bits32(3.4028234e38), bits32(third), bits32(0.1))
	var g float32 = -1e-45
	println(bits32(g))
}
