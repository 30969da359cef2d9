// closures.go in C: the callbacks are function pointers taking a context pointer (the captured variables), the
// generator's state a static variable.
#include "bench.h"

typedef unsigned char (*less_fn)(const void *ctx, int a, int b);

static void sort_by(int *xs, unsigned n, less_fn less, const void *ctx) {
	for (unsigned i = 1; i < n; i++) {
		for (unsigned j = i; j > 0 && less(ctx, xs[j], xs[j - 1]); j--) {
			int t = xs[j];
			xs[j] = xs[j - 1];
			xs[j - 1] = t;
		}
	}
}

static unsigned count(const int *xs, unsigned n, unsigned char (*keep)(const void *, int), const void *ctx) {
	unsigned c = 0;
	for (unsigned i = 0; i < n; i++) c += keep(ctx, xs[i]);
	return c;
}

static long reduce(const int *xs, unsigned n, long acc, long (*f)(const void *, long, int), const void *ctx) {
	for (unsigned i = 0; i < n; i++) acc = f(ctx, acc, xs[i]);
	return acc;
}

static int seed = 7;
static int next(void) {
	seed = (int)((unsigned)seed * 13u + 5u); /* wraps like Go's int16 */
	return seed % 100;
}

static unsigned char less(const void *ctx, int a, int b) { return *(const unsigned char *)ctx ? a > b : a < b; }
static unsigned char above(const void *ctx, int x) { return x > *(const int *)ctx; }
static long weigh(const void *ctx, long acc, int x) { return acc + (long)x * (*(const int *)ctx + 1); }

int main(void) {
	uart_init();
	int data[32];
	mark(1);
	long total = 0;
	for (int round = 0; round < 8; round++) {
		for (unsigned i = 0; i < 32; i++) data[i] = next();
		unsigned char descending = round % 2 == 1;
		sort_by(data, 32, less, &descending);
		int limit = round * 10;
		total += count(data, 32, above, &limit);
		total += reduce(data, 32, 0, weigh, &round);
		total += data[0];
	}
	mark(2);
	print_long(total);
	print_str("\n");
	done();
}
