// The C equivalent of allocs.go for the avr-gcc size reference: a global pointer to a heap int (malloc), and a
// function that prints a stack int through a pointer, in decimal on UART0 (set up as tsgo's startup does, see
// bench.h).
#include "bench.h"

static int *global;

static void printint(long v) {
	char buf[12];
	int i = 0;
	unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
	do {
		buf[i++] = '0' + u % 10;
		u /= 10;
	} while (u);
	if (v < 0) uart_putchar('-');
	while (i) uart_putchar(buf[--i]);
	uart_putchar('\n');
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
	uart_init();
	foo();
	foo2();
	done();
	return 0;
}
