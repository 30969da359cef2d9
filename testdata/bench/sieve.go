// The sieve benchmark: the primes below 1000 by the sieve of Eratosthenes over a []bool from make, then their count,
// the largest and their sum. The hot loop (sieving and counting) is bracketed by mark(1) and mark(2), which the bench
// runner times on AVR. The C equivalent is sieve.c.
package main

import "unsafe"

const n = 1000

// mark writes v to GPIOR0 (data address 0x3e) on AVR, where the bench runner records the cycle count at each write;
// on other targets it does nothing (the condition is a constant). It is a plain store (tsgo has no volatile access
// yet), kept by LLVM because the loop between the two marks reads memory; the bench says so if one is lost.
func mark(v uint8) {
	if unsafe.Sizeof(uintptr(0)) == 2 {
		*(*uint8)(unsafe.Pointer(uintptr(0x3e))) = v
	}
}

func main() {
	composite := make([]bool, n)
	mark(1)
	for i := 2; i*i < len(composite); i++ {
		if !composite[i] {
			for j := i * i; j < len(composite); j += i {
				composite[j] = true
			}
		}
	}
	count, last, sum := 0, 0, 0
	for i := 2; i < len(composite); i++ {
		if !composite[i] {
			count++
			last = i
			sum += i
		}
	}
	mark(2)
	println(count, last, sum)
}
