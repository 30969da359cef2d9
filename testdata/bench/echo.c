// The C equivalent of examples/echo for the avr-gcc size reference, written plainly: USART0 at 115200 baud (U2X0,
// UBRR0 = 16, as machine.Serial's Configure sets it), received bytes moved by the USART_RX interrupt into a 32-byte
// ring buffer (the size of tsgo's machine.RingBuffer), the banner, then every 10 ms each byte received is echoed,
// and enter (CR) repeats the line, kept in a 64-byte buffer.
#define F_CPU 16000000UL
#include <avr/interrupt.h>
#include <avr/io.h>
#include <util/delay.h>

static volatile unsigned char rx_buf[32];
static volatile unsigned char rx_head, rx_tail;

ISR(USART_RX_vect) {
	unsigned char c = UDR0;
	unsigned char next = (rx_head + 1) & 31;
	if (next != rx_tail) {
		rx_buf[rx_head] = c;
		rx_head = next;
	}
}

static void uart_putchar(char c) {
	while (!(UCSR0A & (1 << UDRE0))) {
	}
	UDR0 = c;
}

static void uart_write(const char *s, unsigned char n) {
	while (n--) uart_putchar(*s++);
}

static void uart_puts(const char *s) {
	while (*s) uart_putchar(*s++);
}

int main(void) {
	static char line[64];
	unsigned char n = 0;
	UCSR0A = 1 << U2X0;
	UBRR0 = 16;
	UCSR0C = (1 << UCSZ01) | (1 << UCSZ00);
	UCSR0B = (1 << TXEN0) | (1 << RXEN0) | (1 << RXCIE0);
	sei();
	uart_puts("Echo console enabled. Type something then press enter:\r\n");
	for (;;) {
		while (rx_tail != rx_head) {
			char c = rx_buf[rx_tail];
			rx_tail = (rx_tail + 1) & 31;
			if (c == '\r') {
				uart_puts("\r\nYou typed: ");
				uart_write(line, n);
				uart_puts("\r\n");
				n = 0;
				continue;
			}
			uart_putchar(c);
			if (n < sizeof line) line[n++] = c;
		}
		_delay_ms(10);
	}
}
