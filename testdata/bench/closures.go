// The closure benchmark: callbacks and closure state, as embedded Go code uses them. An insertion sort takes its
// ordering as a function value (a closure over a direction flag), a generator keeps its state in a captured
// variable, and count/reduce helpers take closures over locals. The generator's captured state is the program's one
// heap allocation (it outlives the function that made it); every other closure and captured variable stays on the
// stack. The hot loop is bracketed by mark(1) and mark(2), which the bench runner times on
// AVR. The C equivalent is closures.c (function pointers with a context argument).
package main

import "unsafe"

// mark writes v to GPIOR0 on AVR (see dispatch.go).
func mark(v uint8) {
	if unsafe.Sizeof(uintptr(0)) == 2 {
		*(*uint8)(unsafe.Pointer(uintptr(0x3e))) = v
	}
}

func sortBy(xs []int16, less func(a, b int16) bool) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && less(xs[j], xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func count(xs []int16, keep func(int16) bool) int {
	n := 0
	for _, x := range xs {
		if keep(x) {
			n++
		}
	}
	return n
}

func reduce(xs []int16, acc int32, f func(int32, int16) int32) int32 {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	var data [32]int16
	next := func() func() int16 {
		seed := int16(7)
		return func() int16 {
			seed = seed*13 + 5
			return seed % 100
		}
	}()
	mark(1)
	var total int32
	for round := 0; round < 8; round++ {
		for i := range data {
			data[i] = next()
		}
		descending := round%2 == 1
		sortBy(data[:], func(a, b int16) bool {
			if descending {
				return a > b
			}
			return a < b
		})
		limit := int16(round * 10)
		total += int32(count(data[:], func(x int16) bool { return x > limit }))
		total += reduce(data[:], 0, func(acc int32, x int16) int32 { return acc + int32(x)*int32(round+1) })
		total += int32(data[0])
	}
	mark(2)
	println(total)
}
