// The C equivalent of examples/blinky1 for the avr-gcc size reference: the Arduino's LED (D13, PB5) low for 500 ms,
// high for 500 ms, forever, timed by avr-libc's busy-wait _delay_ms at the Uno's 16 MHz.
#define F_CPU 16000000UL
#include <avr/io.h>
#include <util/delay.h>

int main(void) {
	DDRB |= 1 << DDB5;
	for (;;) {
		PORTB &= ~(1 << PORTB5);
		_delay_ms(500);
		PORTB |= 1 << PORTB5;
		_delay_ms(500);
	}
}
