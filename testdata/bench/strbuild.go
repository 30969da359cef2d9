// The string-builder benchmark: a small builder type in the shape of strings.Builder (which tsgo cannot compile
// yet), backed by a []byte that grows with append, writes 24 entries "key=value;" (the value a decimal number) and
// returns the result as a string. The program prints the string's length and a 16-bit hash of its bytes. The hot
// region (building and hashing) is bracketed by mark(1) and mark(2), which the bench runner times on AVR. The C
// equivalent is strbuild.c.
//
// Memory: the builder's array grows through capacities 8, 16, ..., 256 and String copies the final 220 bytes once;
// with tsgo's bump allocator, which never frees, that is 724 bytes of heap.
package main

import "unsafe"

// mark writes v to GPIOR0 (data address 0x3e) on AVR, where the bench runner records the cycle count at each write;
// on other targets it does nothing (the condition is a constant). It is a plain store (tsgo has no volatile access
// yet), kept by LLVM because the loop between the two marks reads memory; the bench says so if one is lost.
func mark(v uint8) {
	if unsafe.Sizeof(uintptr(0)) == 2 {
		*(*uint8)(unsafe.Pointer(uintptr(0x3e))) = v
	}
}

// builder accumulates bytes; its zero value is an empty builder.
type builder struct {
	buf []byte
}

// WriteString appends s.
func (b *builder) WriteString(s string) {
	b.buf = append(b.buf, s...)
}

// WriteByte appends c.
func (b *builder) WriteByte(c byte) {
	b.buf = append(b.buf, c)
}

// WriteUint appends v in decimal.
func (b *builder) WriteUint(v uint) {
	var digits [10]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte(v%10) + '0'
		v /= 10
		if v == 0 {
			break
		}
	}
	b.buf = append(b.buf, digits[i:]...)
}

// String returns the bytes written so far as a string.
func (b *builder) String() string {
	return string(b.buf)
}

var names = [...]string{"alpha", "beta", "gamma", "delta"}

func main() {
	mark(1)
	var b builder
	for i := 0; i < 24; i++ {
		b.WriteString(names[i%len(names)])
		b.WriteByte('=')
		b.WriteUint(uint(i * i))
		b.WriteByte(';')
	}
	s := b.String()
	var h uint16
	for i := 0; i < len(s); i++ {
		h = h*31 + uint16(s[i])
	}
	mark(2)
	println(len(s), h)
}
