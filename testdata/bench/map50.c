// The C equivalent of map50.go: the same 50 insertions and 400 lookups on a small open-addressing hash table, as a C
// programmer writes one for a known number of entries: 128 slots (the size tsgo's map has for 50 entries) of a key,
// a value and a used flag, Fibonacci hashing of the 16-bit key (multiply by 40503, keep the top 7 bits) and linear
// probing. There is no deletion and no growth (the table is sized for its entries).
#include <stdbool.h>
#include <stdint.h>
#include "bench.h"

#define SLOTS 128

struct table {
	uint16_t keys[SLOTS];
	uint16_t values[SLOTS];
	bool used[SLOTS];
	unsigned int len;
};

static struct table m;

static uint8_t slot(uint16_t key) { return (uint16_t)(key * 40503u) >> 9; }

static void put(struct table *t, uint16_t key, uint16_t value) {
	uint8_t i = slot(key);
	while (t->used[i] && t->keys[i] != key) i = (i + 1) & (SLOTS - 1);
	if (!t->used[i]) {
		t->used[i] = true;
		t->keys[i] = key;
		t->len++;
	}
	t->values[i] = value;
}

static bool get(const struct table *t, uint16_t key, uint16_t *value) {
	for (uint8_t i = slot(key); t->used[i]; i = (i + 1) & (SLOTS - 1)) {
		if (t->keys[i] == key) {
			*value = t->values[i];
			return true;
		}
	}
	return false;
}

static uint16_t key(uint16_t i) { return i * 131 + 7; }

int main(void) {
	uart_init();
	for (uint16_t i = 0; i < 50; i++) put(&m, key(i), i * 3 + 1);
	mark(1);
	uint16_t hits = 0, sum = 0;
	for (int r = 0; r < 4; r++) {
		for (uint16_t i = 0; i < 100; i++) {
			uint16_t v;
			if (get(&m, key(i), &v)) {
				hits++;
				sum += v;
			}
		}
	}
	mark(2);
	print_ulong(m.len);
	uart_putchar(' ');
	print_ulong(hits);
	uart_putchar(' ');
	print_ulong(sum);
	uart_putchar('\n');
	done();
	return 0;
}
