// The C equivalent of dispatch.go, with a struct of function pointers per type (a vtable, the usual C way to get
// dynamic dispatch): every shape struct starts with a pointer to its type's constant `struct shape_ops`, and the loop
// calls s->ops->area(s) and s->ops->perimeter(s) through an array of 8 pointers to statically allocated shapes.
// Values fit in 16 bits, so they are int.
#include "bench.h"

struct shape;

struct shape_ops {
	int (*area)(const struct shape *);
	int (*perimeter)(const struct shape *);
};

struct shape {
	const struct shape_ops *ops;
};

struct rect {
	struct shape base;
	int w, h;
};

static int rect_area(const struct shape *s) {
	const struct rect *r = (const struct rect *)s;
	return r->w * r->h;
}
static int rect_perimeter(const struct shape *s) {
	const struct rect *r = (const struct rect *)s;
	return 2 * (r->w + r->h);
}
static const struct shape_ops rect_ops = {rect_area, rect_perimeter};

struct square {
	struct shape base;
	int s;
};

static int square_area(const struct shape *s) {
	const struct square *q = (const struct square *)s;
	return q->s * q->s;
}
static int square_perimeter(const struct shape *s) { return 4 * ((const struct square *)s)->s; }
static const struct shape_ops square_ops = {square_area, square_perimeter};

struct tri {
	struct shape base;
	int a, b, c;
};

static int tri_area(const struct shape *s) {
	const struct tri *t = (const struct tri *)s;
	return t->a * t->b / 2;
}
static int tri_perimeter(const struct shape *s) {
	const struct tri *t = (const struct tri *)s;
	return t->a + t->b + t->c;
}
static const struct shape_ops tri_ops = {tri_area, tri_perimeter};

struct hex {
	struct shape base;
	int s;
};

static int hex_area(const struct shape *s) {
	const struct hex *h = (const struct hex *)s;
	return h->s * h->s * 5 / 2;
}
static int hex_perimeter(const struct shape *s) { return 6 * ((const struct hex *)s)->s; }
static const struct shape_ops hex_ops = {hex_area, hex_perimeter};

static struct rect r1 = {{&rect_ops}, 3, 4}, r2 = {{&rect_ops}, 10, 2};
static struct square q1 = {{&square_ops}, 5}, q2 = {{&square_ops}, 7};
static struct tri t1 = {{&tri_ops}, 3, 4, 5}, t2 = {{&tri_ops}, 5, 12, 13};
static struct hex h1 = {{&hex_ops}, 2}, h2 = {{&hex_ops}, 3};

static const struct shape *const shapes[] = {
	&r1.base, &q1.base, &t1.base, &h1.base, &r2.base, &q2.base, &t2.base, &h2.base,
};

int main(void) {
	uart_init();
	mark(1);
	long total = 0;
	for (int r = 0; r < 50; r++) {
		for (unsigned int i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
			const struct shape *s = shapes[i];
			total += s->ops->area(s) + s->ops->perimeter(s);
		}
	}
	mark(2);
	print_long(total);
	uart_putchar('\n');
	done();
	return 0;
}
