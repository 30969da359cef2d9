// The C equivalent of hello.go for the avr-gcc size reference: print "hello\n" on UART0 (set up as tsgo's startup
// does, see bench.h) and stop.
#include "bench.h"

int main(void) {
	uart_init();
	print_str("hello\n");
	done();
	return 0;
}
