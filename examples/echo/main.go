// echo: a console on the board's serial port (TinyGo's echo example). It prints a banner, then sends back every byte
// it receives; enter (carriage return) ends the line and repeats it. Between two looks at the receive buffer it
// sleeps 10 ms. Connect at the board's default baud rate (115200), 8-N-1: `tsgo monitor`, or pipe into
// `tsgo run -target=arduino ./examples/echo`.
package main

import (
	"machine"
	"time"
)

func main() {
	uart := machine.Serial
	uart.Configure(machine.UARTConfig{})
	uart.Write([]byte("Echo console enabled. Type something then press enter:\r\n"))

	line := make([]byte, 64)
	n := 0
	for {
		for uart.Buffered() > 0 {
			c, _ := uart.ReadByte()
			if c == '\r' {
				uart.Write([]byte("\r\nYou typed: "))
				uart.Write(line[:n])
				uart.Write([]byte("\r\n"))
				n = 0
				continue
			}
			uart.WriteByte(c) // echo it
			if n < len(line) {
				line[n] = c
				n++
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
}
