// The map benchmark: a map[uint16]uint16 made with a hint of 50 gets 50 entries, then 100 keys (the 50 present and
// 50 absent ones) are looked up 4 times; the program prints len(m), the number of hits and the sum of the values
// found (mod 2^16). The hot loop (the lookups, which do not allocate) is bracketed by mark(1) and mark(2), which the
// bench runner times on AVR. The C equivalent is map50.c.
//
// Memory: with the hint, the map is made once with room for 50 entries (runtime/hashmap.go: 128 slots of a tophash
// byte, a key and a value, 640 bytes, plus an 11-byte header on AVR) and never grows.
package main

import "unsafe"

// mark writes v to GPIOR0 (data address 0x3e) on AVR, where the bench runner records the cycle count at each write;
// on other targets it does nothing (the condition is a constant). It is a plain store (tsgo has no volatile access
// yet), kept by LLVM because the loop between the two marks reads memory; the bench says so if one is lost.
func mark(v uint8) {
	if unsafe.Sizeof(uintptr(0)) == 2 {
		*(*uint8)(unsafe.Pointer(uintptr(0x3e))) = v
	}
}

// key returns the i-th key.
func key(i uint16) uint16 {
	return i*131 + 7
}

func main() {
	m := make(map[uint16]uint16, 50)
	for i := uint16(0); i < 50; i++ {
		m[key(i)] = i*3 + 1
	}
	mark(1)
	var hits, sum uint16
	for r := 0; r < 4; r++ {
		for i := uint16(0); i < 100; i++ {
			if v, ok := m[key(i)]; ok {
				hits++
				sum += v
			}
		}
	}
	mark(2)
	println(len(m), hits, sum)
}
