// The C equivalent of sieve.go: the same sieve over a static array of N flags (a C programmer's choice on AVR for a
// buffer of known size; Go's make([]bool, n) takes it from the heap), unsigned int (16 bits) indices, a 32-bit sum.
#include <stdbool.h>
#include "bench.h"

#define N 1000

static bool composite[N];

int main(void) {
	uart_init();
	mark(1);
	for (unsigned int i = 2; i * i < N; i++) {
		if (!composite[i]) {
			for (unsigned int j = i * i; j < N; j += i) composite[j] = true;
		}
	}
	unsigned int count = 0, last = 0;
	unsigned long sum = 0;
	for (unsigned int i = 2; i < N; i++) {
		if (!composite[i]) {
			count++;
			last = i;
			sum += i;
		}
	}
	mark(2);
	print_ulong(count);
	uart_putchar(' ');
	print_ulong(last);
	uart_putchar(' ');
	print_ulong(sum);
	uart_putchar('\n');
	done();
	return 0;
}
