// A ring buffer of bytes filled by an interrupt handler and emptied by the program (TinyGo's RingBuffer API). Its
// size is a power of two, so that an index wraps with a mask; one writer (the handler) moves head, one reader moves
// tail, and each reads the other's index with a volatile load, so no interrupt masking is needed. The bytes too are
// accessed with volatile loads and stores: the optimiser may move ordinary accesses across volatile ones.
//
// The size is 32 bytes where TinyGo takes 128: on the ATmega328P, 128 bytes would be 6% of all RAM for each UART.
// At 115200 baud a byte arrives every 87 µs, so 32 bytes give the program 2.8 ms between two reads before input is
// lost; a program that reads more rarely should read in its own larger buffer.

package machine

import "runtime/volatile"

// bufferSize is the capacity of a RingBuffer plus one (one slot stays free to tell full from empty); a power of two.
const bufferSize = 32

// RingBuffer is a byte queue for one interrupt-driven writer and one reader.
type RingBuffer struct {
	buf  [bufferSize]uint8
	head uint8
	tail uint8
}

// NewRingBuffer returns a new, empty ring buffer (in a package variable, better: `var b RingBuffer` needs no heap).
func NewRingBuffer() *RingBuffer {
	return &RingBuffer{}
}

// Used returns the number of bytes in the buffer.
func (rb *RingBuffer) Used() uint8 {
	return (volatile.LoadUint8(&rb.head) - volatile.LoadUint8(&rb.tail)) % bufferSize
}

// Put adds a byte to the buffer; it reports false (and drops the byte) when the buffer is full.
func (rb *RingBuffer) Put(val byte) bool {
	head := volatile.LoadUint8(&rb.head)
	next := (head + 1) % bufferSize
	if next == volatile.LoadUint8(&rb.tail) {
		return false
	}
	volatile.StoreUint8(&rb.buf[head%bufferSize], val) // the mask proves the index: no bounds check, no call
	volatile.StoreUint8(&rb.head, next)
	return true
}

// Get takes the oldest byte from the buffer; ok is false when it is empty.
func (rb *RingBuffer) Get() (val byte, ok bool) {
	tail := volatile.LoadUint8(&rb.tail)
	if tail == volatile.LoadUint8(&rb.head) {
		return 0, false
	}
	val = volatile.LoadUint8(&rb.buf[tail%bufferSize])
	volatile.StoreUint8(&rb.tail, (tail+1)%bufferSize)
	return val, true
}

// Clear empties the buffer.
func (rb *RingBuffer) Clear() {
	volatile.StoreUint8(&rb.tail, volatile.LoadUint8(&rb.head))
}
