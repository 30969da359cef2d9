// deferrecover.go in C: the divisor is checked before dividing, and the lock released on both paths.
#include "bench.h"

static int locked, max_locked;

static void lock(void) {
	locked++;
	if (locked > max_locked) max_locked = locked;
}

static void unlock(void) { locked--; }

static unsigned char safe_div(int a, int b, int *q) {
	lock();
	if (b == 0) {
		unlock();
		return 0;
	}
	*q = a / b;
	unlock();
	return 1;
}

int main(void) {
	uart_init();
	mark(1);
	long sum = 0;
	int failures = 0;
	for (int i = 0; i < 64; i++) {
		int q;
		if (!safe_div(1000 + i * 37, i % 8, &q)) {
			failures++;
			continue;
		}
		sum += q;
	}
	mark(2);
	print_long(sum);
	print_str(" ");
	print_long(failures);
	print_str(" ");
	print_long(locked);
	print_str(" ");
	print_long(max_locked);
	print_str("\n");
	done();
}
