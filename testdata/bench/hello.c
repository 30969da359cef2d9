// The C equivalent of hello.go for the avr-gcc size reference: print "hello\n" on UART0 and stop.
#include <avr/io.h>
#include <avr/sleep.h>
#include <avr/interrupt.h>

static void putchar_uart(char c) {
	while (!(UCSR0A & (1 << UDRE0))) {
	}
	UDR0 = c;
}

int main(void) {
	UCSR0B = 1 << TXEN0;
	for (const char *s = "hello\n"; *s; s++) putchar_uart(*s);
	cli();
	sleep_cpu();
	return 0;
}
