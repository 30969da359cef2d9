// The C equivalent of allocs.go for the avr-gcc size reference: a global pointer to a heap int (malloc), and a
// function that prints a stack int through a pointer, in decimal on UART0.
#include <avr/io.h>
#include <avr/sleep.h>
#include <avr/interrupt.h>
#include <stdlib.h>

static int *global;

static void putchar_uart(char c) {
	while (!(UCSR0A & (1 << UDRE0))) {
	}
	UDR0 = c;
}

static void printint(long v) {
	char buf[12];
	int i = 0;
	unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
	do {
		buf[i++] = '0' + u % 10;
		u /= 10;
	} while (u);
	if (v < 0) putchar_uart('-');
	while (i) putchar_uart(buf[--i]);
	putchar_uart('\n');
}

static void foo(void) {
	int *i = malloc(sizeof(int));
	*i = 3;
	global = i;
}

static void bar(int *i) { printint(*i); }

static void foo2(void) {
	int i = 3;
	bar(&i);
}

int main(void) {
	UCSR0B = 1 << TXEN0;
	foo();
	foo2();
	cli();
	sleep_cpu();
	return 0;
}
