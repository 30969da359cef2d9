//go:build atmega328p

// The ATmega328P's USART0 as machine.UART: transmission polls UDRE0 and writes UDR0, as the runtime's println does
// (targets/avr.s), so the two can be mixed; reception is interrupt-driven: Configure registers the USART_RX vector,
// whose handler moves each received byte from UDR0 into the UART's ring buffer (reading UDR0 also clears the
// interrupt). The baud rate uses the double-speed mode (U2X0), as the startup code does: UBRR0 = f/(8*baud) - 1,
// rounded to the nearest (16 at 115200 baud and 16 MHz, 2.1% off; 207 at 9600).

package machine

import (
	"device/avr"
	"runtime/interrupt"
)

// UART is a serial port.
type UART struct {
	// Buffer holds the bytes received and not read yet.
	Buffer *RingBuffer
}

// uart0Buffer is UART0's receive buffer.
var uart0Buffer RingBuffer

// _UART0 is UART0's state.
var _UART0 = UART{Buffer: &uart0Buffer}

// UART0 is the chip's USART0 (pins D0 and D1 on the Arduinos, the USB serial bridge).
var UART0 = &_UART0

// Serial is the board's serial console: UART0.
var Serial = &_UART0

// Configure sets the baud rate (115200 when 0), enables the transmitter and the receiver, and starts receiving into
// the buffer. The pins are fixed (TX and RX are ignored).
func (uart *UART) Configure(config UARTConfig) error {
	baud := config.BaudRate
	if baud == 0 {
		baud = 115200
	}
	rx := interrupt.New(avr.IRQ_USART_RX, func(interrupt.Interrupt) {
		c := avr.UDR0.Get() // read first: it clears the interrupt
		uart0Buffer.Put(c)
	})
	ubrr := (CPUFrequency()/4/baud - 1) / 2
	state := interrupt.Disable()
	// The transmitter is off while UCSR0A is written (the hardware finishes a byte in progress first): avr8js clears
	// UDRE0 on any write to UCSR0A and sets it again only when the transmitter is switched on.
	avr.UCSR0B.Set(0)
	avr.UCSR0A.Set(avr.UCSR0A_U2X0)
	avr.UBRR0H.Set(uint8(ubrr >> 8))
	avr.UBRR0L.Set(uint8(ubrr))
	avr.UCSR0C.Set(avr.UCSR0C_UCSZ01 | avr.UCSR0C_UCSZ00) // 8 data bits, no parity, 1 stop bit
	avr.UCSR0B.Set(avr.UCSR0B_TXEN0 | avr.UCSR0B_RXEN0 | avr.UCSR0B_RXCIE0)
	interrupt.Restore(state)
	rx.Enable() // interrupts on globally (SREG's I bit)
	return nil
}

// WriteByte sends one byte, waiting while the transmit register is full.
func (uart *UART) WriteByte(c byte) error {
	for !avr.UCSR0A.HasBits(avr.UCSR0A_UDRE0) {
	}
	avr.UDR0.Set(c)
	return nil
}
