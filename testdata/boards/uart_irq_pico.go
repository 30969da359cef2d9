// The UART0 receive interrupt through runtime/interrupt on the RP2040, with device/rp's registers only: the handler
// echoes each byte it receives in upper case and counts it; main waits for five bytes (reading the count with a
// volatile load: the handler changes it behind main's back), then reports whether it runs in an interrupt and exits.
// Run by compiler/build/picoboard.test.ts with "hello" fed to the UART.
package main

import (
	"device/rp"
	"runtime/interrupt"
	"runtime/volatile"
)

var received uint8

var inHandler bool

func main() {
	interrupt.New(rp.IRQ_UART0_IRQ, func(interrupt.Interrupt) {
		for rp.UART0.UARTFR.Get()&rp.UART_FR_RXFE == 0 {
			c := byte(rp.UART0.UARTDR.Get())
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			rp.UART0.UARTDR.Set(uint32(c))
			volatile.StoreUint8(&received, volatile.LoadUint8(&received)+1)
		}
		inHandler = interrupt.In()
	}).Enable()
	rp.UART0.UARTIMSC.Set(rp.UART_IMSC_RXIM | rp.UART_IMSC_RTIM)
	for volatile.LoadUint8(&received) < 5 {
	}
	state := interrupt.Disable()
	println()
	println("in handler:", inHandler, "in main:", interrupt.In())
	interrupt.Restore(state)
}
