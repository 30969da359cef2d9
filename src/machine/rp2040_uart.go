//go:build rp2040

// The RP2040's two PL011 UARTs as machine.UART. Transmission polls the transmit FIFO's full flag and writes UARTDR,
// as the runtime's println does on UART0 (runtime_rp2040.go), so the two can be mixed. Reception is interrupt-driven:
// Configure registers the UART's NVIC interrupt with interrupt.New and unmasks the receive interrupt (the FIFO holds
// 4 bytes, IFLS's 1/8 level) and the receive timeout (fewer bytes wait and the line has been idle for 32 bit
// periods); the handler moves every byte of the FIFO into the UART's ring buffer. The baud rate divides clk_peri
// (125 MHz): divisor = clk_peri / (16 * baud) with a 6-bit fraction (datasheet 4.2.7.1), 67 + 52/64 at 115200 baud.

package machine

import (
	"device/rp"
	"runtime/interrupt"
	"unsafe"
)

// UART is a serial port.
type UART struct {
	// Buffer holds the bytes received and not read yet.
	Buffer *RingBuffer
	// Bus is the UART's registers.
	Bus *rp.UART_Type
	// Interrupt is the UART's interrupt, once Configure has registered it.
	Interrupt interrupt.Interrupt
}

// The UARTs' receive buffers.
var uart0Buffer, uart1Buffer RingBuffer

// The UARTs' state: static data (rp.UART0 in the initializer would make it the package initializer's work, and
// keep both UARTs in every program).
var (
	_UART0 = UART{Buffer: &uart0Buffer, Bus: (*rp.UART_Type)(unsafe.Pointer(uintptr(rp.UART0_BASE)))}
	_UART1 = UART{Buffer: &uart1Buffer, Bus: (*rp.UART_Type)(unsafe.Pointer(uintptr(rp.UART1_BASE)))}
)

// UART0 and UART1 are the chip's UARTs (on the Pico: GP0/GP1 and GP8/GP9 by default).
var (
	UART0 = &_UART0
	UART1 = &_UART1
)

// Serial is the board's serial console: UART0, where the runtime's println writes.
var Serial = &_UART0

// peripheralHz is clk_peri, the UARTs' clock (runtime_rp2040.go runs it from clk_sys).
const peripheralHz = 125000000

// Configure sets the baud rate (115200 when 0), 8 data bits, no parity, one stop bit, routes the pins to the UART
// (TX and RX both zero: the UART's default pins) and starts receiving into the buffer.
func (uart *UART) Configure(config UARTConfig) error {
	baud := config.BaudRate
	if baud == 0 {
		baud = 115200
	}
	tx, rx := config.TX, config.RX
	if uart == UART1 {
		if tx == 0 && rx == 0 {
			tx, rx = GPIO8, GPIO9
		}
		uart.Interrupt = interrupt.New(rp.IRQ_UART1_IRQ, _UART1.handleInterrupt)
		rp.Clear(&rp.RESETS.RESET).Set(rp.RESETS_UART1) // the runtime takes only UART0 out of reset
		for rp.RESETS.RESET_DONE.Get()&rp.RESETS_UART1 == 0 {
		}
	} else {
		if tx == 0 && rx == 0 {
			tx, rx = GPIO0, GPIO1
		}
		uart.Interrupt = interrupt.New(rp.IRQ_UART0_IRQ, _UART0.handleInterrupt)
	}
	uart.SetBaudRate(baud)
	bus := uart.Bus
	bus.UARTLCR_H.Set(rp.UART_LCR_H_WLEN_8 | rp.UART_LCR_H_FEN) // also latches the divisor
	bus.UARTIFLS.Set(rp.UART_IFLS_RX_1_8)
	bus.UARTICR.Set(rp.UART_ICR_ALL)
	bus.UARTIMSC.Set(rp.UART_IMSC_RXIM | rp.UART_IMSC_RTIM)
	bus.UARTCR.Set(rp.UART_CR_UARTEN | rp.UART_CR_TXE | rp.UART_CR_RXE)
	tx.Configure(PinConfig{Mode: PinUART})
	rx.Configure(PinConfig{Mode: PinUART})
	// Bytes that came before (the runtime's console receives from reset) wait in the FIFO: their receive interrupt
	// was cleared above, so they are moved now, before the NVIC lets the handler run.
	uart.receive()
	uart.Interrupt.Enable()
	return nil
}

// SetBaudRate sets the baud rate. The UART is disabled meanwhile (the PL011 must not change its divisor while it
// runs), after the bytes already in its transmit FIFO have left, so println's output is not cut.
func (uart *UART) SetBaudRate(baud uint32) {
	div := 8 * peripheralHz / baud // the divisor in 1/128ths
	ibrd, fbrd := div>>7, ((div&0x7f)+1)/2
	if ibrd == 0 {
		ibrd, fbrd = 1, 0
	} else if ibrd >= 0xffff {
		ibrd, fbrd = 0xffff, 0
	}
	bus := uart.Bus
	for bus.UARTFR.Get()&rp.UART_FR_BUSY != 0 {
	}
	cr := bus.UARTCR.Get()
	bus.UARTCR.Set(0)
	bus.UARTIBRD.Set(ibrd)
	bus.UARTFBRD.Set(fbrd)
	bus.UARTLCR_H.Set(bus.UARTLCR_H.Get()) // the divisor takes effect on a write of LCR_H
	bus.UARTCR.Set(cr)
}

// WriteByte sends one byte, waiting while the transmit FIFO is full.
func (uart *UART) WriteByte(c byte) error {
	for uart.Bus.UARTFR.Get()&rp.UART_FR_TXFF != 0 {
	}
	uart.Bus.UARTDR.Set(uint32(c))
	return nil
}

// handleInterrupt is the UART's interrupt handler: it empties the receive FIFO into the buffer (which clears the
// receive interrupt) and clears the receive timeout.
func (uart *UART) handleInterrupt(interrupt.Interrupt) {
	uart.receive()
	uart.Bus.UARTICR.Set(rp.UART_IMSC_RXIM | rp.UART_IMSC_RTIM)
}

// receive moves the bytes waiting in the receive FIFO into the buffer (a byte that does not fit is dropped).
//
//go:inline
func (uart *UART) receive() {
	bus := uart.Bus
	for bus.UARTFR.Get()&rp.UART_FR_RXFE == 0 {
		uart.Buffer.Put(byte(bus.UARTDR.Get()))
	}
}
