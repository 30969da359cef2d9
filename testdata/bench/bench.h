// Shared helpers of the C benchmark programs (sieve.c, strbuild.c, map50.c, dispatch.c), written as an avr-libc
// programmer would. The UART is set up exactly as tsgo's AVR startup sets it up (targets/avr.s: U2X0, UBRR0 = 16,
// 115200 baud), because avr8js times every transmitted byte at the configured baud rate: with another baud rate the
// two programs' output would cost different numbers of simulated cycles. Numbers are printed with avr-libc's
// ultoa/ltoa, separated and ended like Go's println. mark() writes GPIOR0, the general-purpose I/O register the bench
// runner watches (1 before the hot loop, 2 after it), exactly as the Go programs do; done() ends the program with
// `cli; sleep`, which the avr8js runner reads as the end.
#include <avr/io.h>
#include <avr/sleep.h>
#include <avr/interrupt.h>
#include <stdlib.h>

__attribute__((unused)) static void uart_init(void) {
	UCSR0A = 1 << U2X0;
	UBRR0L = 16;
	UCSR0B = 1 << TXEN0;
}

__attribute__((unused)) static void uart_putchar(char c) {
	while (!(UCSR0A & (1 << UDRE0))) {
	}
	UDR0 = c;
}

__attribute__((unused)) static void print_str(const char *s) {
	while (*s) uart_putchar(*s++);
}

__attribute__((unused)) static void print_long(long v) {
	char buf[12];
	print_str(ltoa(v, buf, 10));
}

__attribute__((unused)) static void print_ulong(unsigned long v) {
	char buf[11];
	print_str(ultoa(v, buf, 10));
}

static inline void mark(unsigned char v) { GPIOR0 = v; }

__attribute__((unused)) static void done(void) {
	cli();
	sleep_cpu();
}
