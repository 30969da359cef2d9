// serial: "hello world!" on the board's serial console once a second, forever (TinyGo's serial example). println
// writes to the console: UART0 at 115200 baud on the Arduinos and the Pico.
package main

import "time"

func main() {
	for {
		println("hello world!")
		time.Sleep(time.Second)
	}
}
