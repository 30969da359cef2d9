// TinyGo's echo example, ending: machine.Serial echoes what it receives and repeats each line when enter (\r) comes,
// until the line "quit". Run by compiler/build/boards.test.ts with input piped to the simulated UART.
package main

import "machine"

func main() {
	uart := machine.Serial
	uart.Configure(machine.UARTConfig{TX: machine.UART_TX_PIN, RX: machine.UART_RX_PIN})
	uart.Write([]byte("Echo console enabled. Type something then press enter:\r\n"))
	var input [32]byte
	i := 0
	for {
		if uart.Buffered() > 0 {
			data, _ := uart.ReadByte()
			switch data {
			case 13:
				uart.Write([]byte("\r\nYou typed: "))
				uart.Write(input[:i])
				uart.Write([]byte("\r\n"))
				if string(input[:i]) == "quit" {
					return
				}
				i = 0
			default:
				uart.WriteByte(data)
				if i < len(input) {
					input[i] = data
					i++
				}
			}
		}
	}
}
