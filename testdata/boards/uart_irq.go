// The USART receive interrupt through runtime/interrupt, with device/avr's registers only: the handler echoes each
// byte it receives in upper case and counts it; main waits for five bytes (reading the count with a volatile load:
// the handler changes it behind main's back), then reports whether it runs in an interrupt and exits.
// Run by compiler/build/boards.test.ts with "hello" fed to the UART.
package main

import (
	"device/avr"
	"runtime/interrupt"
	"runtime/volatile"
)

var received uint8

var inHandler bool

func main() {
	interrupt.New(avr.IRQ_USART_RX, func(interrupt.Interrupt) {
		c := avr.UDR0.Get()
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		avr.UDR0.Set(c)
		inHandler = interrupt.In()
		volatile.StoreUint8(&received, volatile.LoadUint8(&received)+1)
	}).Enable()
	avr.UCSR0B.SetBits(avr.UCSR0B_RXEN0 | avr.UCSR0B_RXCIE0)
	for volatile.LoadUint8(&received) < 5 {
	}
	state := interrupt.Disable()
	println()
	println("in handler:", inHandler, "in main:", interrupt.In())
	interrupt.Restore(state)
}
