// A board program without the machine package: it toggles PB5 (D13) three times with a busy delay, then echoes five
// bytes from UART0 in upper case, then loops forever (tsgo run's -sim-time ends it). Used by cmd/run.test.ts.
package main

import (
	"runtime/volatile"
	"unsafe"
)

var (
	DDRB   = (*volatile.Register8)(unsafe.Pointer(uintptr(0x24)))
	PORTB  = (*volatile.Register8)(unsafe.Pointer(uintptr(0x25)))
	UCSR0A = (*volatile.Register8)(unsafe.Pointer(uintptr(0xc0)))
	UCSR0B = (*volatile.Register8)(unsafe.Pointer(uintptr(0xc1)))
	UDR0   = (*volatile.Register8)(unsafe.Pointer(uintptr(0xc6)))
)

func delay() {
	for i := 0; i < 20000; i++ {
		DDRB.Get()
	}
}

func main() {
	DDRB.SetBits(1 << 5)
	UCSR0B.SetBits(1 << 4) // RXEN0: receive
	for i := 0; i < 3; i++ {
		PORTB.SetBits(1 << 5)
		delay()
		PORTB.ClearBits(1 << 5)
		delay()
	}
	for n := 0; n < 5; n++ {
		for !UCSR0A.HasBits(1 << 7) { // RXC0: a byte has arrived
		}
		c := UDR0.Get()
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		print(string(rune(c)))
	}
	println()
	for {
	}
}
