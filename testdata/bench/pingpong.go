// The goroutine benchmark: two goroutines hand a counter back and forth over unbuffered channels, 500 round trips,
// so the hot loop (between mark(1) and mark(2)) is 1000 channel hand-offs, each a send, a receive and a switch
// between goroutines. It measures what a channel operation and a context switch cost on AVR; C has no goroutines,
// so there is no C equivalent.
package main

import "unsafe"

// mark writes v to GPIOR0 on AVR (see dispatch.go).
func mark(v uint8) {
	if unsafe.Sizeof(uintptr(0)) == 2 {
		*(*uint8)(unsafe.Pointer(uintptr(0x3e))) = v
	}
}

func player(in <-chan uint16, out chan<- uint16) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

func main() {
	ping := make(chan uint16)
	pong := make(chan uint16)
	go player(ping, pong)
	var v uint16
	mark(1)
	for i := 0; i < 500; i++ {
		ping <- v
		v = <-pong
	}
	mark(2)
	close(ping)
	_, ok := <-pong
	println(v, ok)
}
