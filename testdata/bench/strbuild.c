// The C equivalent of strbuild.go: the same 24 entries "key=value;" written into a builder and hashed. The builder
// is what a C programmer writes on AVR for an output of known size: a static 256-byte buffer with a length (no
// growth, no copy at the end: the buffer is the string); numbers are converted with avr-libc's utoa. The values fit
// in 16 bits, so they are unsigned int.
#include <stdint.h>
#include <string.h>
#include "bench.h"

struct builder {
	char buf[256];
	unsigned int len;
};

static struct builder b;

static void write_string(struct builder *b, const char *s) {
	unsigned int n = strlen(s);
	memcpy(b->buf + b->len, s, n);
	b->len += n;
}

static void write_byte(struct builder *b, char c) { b->buf[b->len++] = c; }

static void write_uint(struct builder *b, unsigned int v) {
	char digits[6];
	write_string(b, utoa(v, digits, 10));
}

static const char *const names[] = {"alpha", "beta", "gamma", "delta"};

int main(void) {
	uart_init();
	mark(1);
	for (unsigned int i = 0; i < 24; i++) {
		write_string(&b, names[i % 4]);
		write_byte(&b, '=');
		write_uint(&b, i * i);
		write_byte(&b, ';');
	}
	uint16_t h = 0;
	for (unsigned int i = 0; i < b.len; i++) h = h * 31 + (uint8_t)b.buf[i];
	mark(2);
	print_ulong(b.len);
	uart_putchar(' ');
	print_ulong(h);
	uart_putchar('\n');
	done();
	return 0;
}
