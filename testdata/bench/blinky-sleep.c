// examples/blinky1 in C the way tsgo runs it: time kept by Timer0's overflow interrupt (clock / 64, 4 µs a count),
// and each 500 ms wait idles the CPU in `sleep` between interrupts, polling the count for the last overflow, like
// runtime/time_avrclock.go (Arduino's core keeps millis() the same way). For the bench: the fair reference for a
// sleeping blinky, next to blinky.c's busy loop.
#define F_CPU 16000000UL
#include <avr/interrupt.h>
#include <avr/io.h>
#include <avr/sleep.h>

static volatile uint32_t overflows;

ISR(TIMER0_OVF_vect) { overflows++; }

// ticks returns the clock in Timer0 counts (modulo 2^32), counting an overflow the interrupt has not yet seen.
static uint32_t ticks(void) {
	uint8_t sreg = SREG;
	cli();
	uint32_t o = overflows;
	uint8_t c = TCNT0;
	if ((TIFR0 & _BV(TOV0)) && c < 255)
		o++;
	SREG = sreg;
	return o << 8 | c;
}

static void sleep_ms(uint32_t ms) {
	uint32_t start = ticks(), n = ms * (F_CPU / 64 / 1000);
	set_sleep_mode(SLEEP_MODE_IDLE);
	for (uint32_t t; (t = ticks() - start) <= n;)
		if (n - t > 256)
			sleep_mode();
}

int main(void) {
	TCCR0B = _BV(CS01) | _BV(CS00);
	TIMSK0 = _BV(TOIE0);
	sei();
	DDRB |= _BV(DDB5);
	for (;;) {
		PORTB &= ~_BV(PORTB5);
		sleep_ms(500);
		PORTB |= _BV(PORTB5);
		sleep_ms(500);
	}
}
