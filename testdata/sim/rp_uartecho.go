// Reads three bytes from UART0 through the device/rp registers (no machine package) and prints each back with its
// value: the pico runner feeds its uartInput to UART0's receiver (compiler/build/pico.test.ts).
package main

import "device/rp"

func main() {
	for i := 0; i < 3; i++ {
		for rp.UART0.UARTFR.Get()&rp.UART_FR_RXFE != 0 {
		}
		c := byte(rp.UART0.UARTDR.Get())
		println("got", string(rune(c)), c)
	}
}
