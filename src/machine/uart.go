//go:build atmega328p || rp2040

// The UART methods every chip shares: writing through the chip's WriteByte, reading from the ring buffer its receive
// interrupt fills.

package machine

// Write sends data.
func (uart *UART) Write(data []byte) (n int, err error) {
	for _, c := range data {
		uart.WriteByte(c)
	}
	return len(data), nil
}

// ReadByte returns the oldest byte received, or ErrUARTBufferEmpty when none is waiting.
func (uart *UART) ReadByte() (byte, error) {
	c, ok := uart.Buffer.Get()
	if !ok {
		return 0, errUARTBufferEmpty
	}
	return c, nil
}

// Read fills data with the bytes waiting (none: n is 0); it does not wait.
func (uart *UART) Read(data []byte) (n int, err error) {
	for n < len(data) {
		c, ok := uart.Buffer.Get()
		if !ok {
			break
		}
		data[n] = c
		n++
	}
	return n, nil
}

// Buffered returns the number of bytes received and not read yet.
func (uart *UART) Buffered() int {
	return int(uart.Buffer.Used())
}
