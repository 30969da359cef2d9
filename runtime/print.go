// Printing for the print and println builtins, in gc's format: integers in decimal, bools as true/false, strings
// raw, pointers as 0x-prefixed lower-case hex. Digits are produced into a small buffer (no recursion, so no stack
// checks); 64-bit values drop to the 32-bit printer as soon as they fit so that AVR programs rarely pull in 64-bit
// division. The printers have no bounds checks: the panic messages use them, and a panic path that could panic
// again would make every goroutine's call graph recursive (compiler/build/stacks.ts).

package runtime

import "unsafe"

// printstring prints the bytes of s.
func printstring(s string) {
	h := (*stringHeader)(unsafe.Pointer(&s))
	putbytes(h.data, h.len)
}

// putbytes prints n bytes from p. The printers fill their buffers through pointers rather than indexes: they run on
// the panic path, where a bounds check that could panic again would make every call graph recursive.
func putbytes(p unsafe.Pointer, n uintptr) {
	for i := uintptr(0); i < n; i++ {
		putchar(*(*byte)(unsafe.Add(p, i)))
	}
}

// bufEnd returns the address just past the end of a buffer of n bytes at p, and digitsFrom the count of bytes from
// q to that end.
func bufEnd(p unsafe.Pointer, n uintptr) unsafe.Pointer { return unsafe.Add(p, n) }

func digitsFrom(q, end unsafe.Pointer) uintptr { return uintptr(end) - uintptr(q) }

// printbool prints true or false.
func printbool(b bool) {
	if b {
		printstring("true")
	} else {
		printstring("false")
	}
}

// printuint32 prints n in decimal. (A loop into a buffer, not recursion: on AVR recursion would cost a frame per
// digit, and every recursive function checks the stack on entry.)
func printuint32(n uint32) {
	var buf [10]byte
	end := bufEnd(unsafe.Pointer(&buf), uintptr(len(buf)))
	q := end
	for {
		q = unsafe.Add(q, -1)
		*(*byte)(q) = byte(n%10) + '0'
		n /= 10
		if n == 0 {
			break
		}
	}
	putbytes(q, digitsFrom(q, end))
}

// printint32 prints n in decimal with a leading minus sign when negative.
func printint32(n int32) {
	if n < 0 {
		putchar('-')
		printuint32(uint32(-n)) // -MinInt32 wraps to MinInt32, whose uint32 value is the right magnitude
		return
	}
	printuint32(uint32(n))
}

// printuint prints a 64-bit unsigned n in decimal. Values above 32 bits are divided by 10 with shift-and-subtract
// (constant shifts only), so no 64-bit division helper from libgcc is needed on AVR or Cortex-M: the low digits
// come out first until the rest fits in 32 bits.
func printuint(n uint64) {
	var low [20]byte
	end := bufEnd(unsafe.Pointer(&low), uintptr(len(low)))
	q := end
	for n > 0xffffffff {
		var rem uint32
		for b := 0; b < 64; b++ {
			rem = rem<<1 | uint32(n>>63)
			n = n << 1
			if rem >= 10 {
				rem -= 10
				n = n | 1
			}
		}
		q = unsafe.Add(q, -1)
		*(*byte)(q) = byte(rem) + '0' // n now holds the quotient
	}
	printuint32(uint32(n))
	putbytes(q, digitsFrom(q, end))
}

// printint prints a 64-bit signed n in decimal.
func printint(n int64) {
	if n < 0 {
		putchar('-')
		printuint(uint64(-n))
		return
	}
	printuint(uint64(n))
}

// printhex prints n in lower-case hex without a prefix (a loop, as printuint32).
func printhex(n uintptr) {
	var buf [16]byte
	end := bufEnd(unsafe.Pointer(&buf), uintptr(len(buf)))
	q := end
	for {
		q = unsafe.Add(q, -1)
		*(*byte)(q) = "0123456789abcdef"[n&15]
		n >>= 4
		if n == 0 {
			break
		}
	}
	putbytes(q, digitsFrom(q, end))
}

// printpointer prints an address as gc does: 0x followed by hex digits (0x0 for nil).
func printpointer(p uintptr) {
	printstring("0x")
	printhex(p)
}

// printspace prints the separator println puts between operands.
func printspace() {
	putchar(' ')
}

// printnl prints the newline that ends println.
func printnl() {
	putchar('\n')
}

// printfloat prints v as gc's println does: a sign, one digit, a point, six digits and a three-digit exponent
// (+1.500000e+000), or NaN, +Inf, -Inf. The digits come from scaling v into [1, 10) and repeated multiplication, as
// gc's runtime does, so the output agrees with gc's to the last digit.
func printfloat(v float64) {
	switch {
	case v != v:
		printstring("NaN")
		return
	case v+v == v && v > 0:
		printstring("+Inf")
		return
	case v+v == v && v < 0:
		printstring("-Inf")
		return
	}
	const n = 7 // digits printed
	var buf [n + 7]byte
	buf[0] = '+'
	e := 0 // decimal exponent
	if v == 0 {
		if 1/v < 0 {
			buf[0] = '-'
		}
	} else {
		if v < 0 {
			v = -v
			buf[0] = '-'
		}
		for v >= 10 {
			e++
			v /= 10
		}
		for v < 1 {
			e--
			v *= 10
		}
		// Round at the last printed digit.
		h := 5.0
		for i := 0; i < n; i++ {
			h /= 10
		}
		v += h
		if v >= 10 {
			e++
			v /= 10
		}
	}
	for i := 0; i < n; i++ {
		d := int(v)
		buf[i+2] = byte(d + '0')
		v -= float64(d)
		v *= 10
	}
	buf[1] = buf[2]
	buf[2] = '.'
	buf[n+2] = 'e'
	buf[n+3] = '+'
	if e < 0 {
		e = -e
		buf[n+3] = '-'
	}
	buf[n+4] = byte(e/100) + '0'
	buf[n+5] = byte(e/10%10) + '0'
	buf[n+6] = byte(e%10) + '0'
	putbytes(unsafe.Pointer(&buf), uintptr(len(buf)))
}

// printcomplex prints c as gc's println does: (re im i), each part in printfloat's form.
func printcomplex(re, im float64) {
	putchar('(')
	printfloat(re)
	printfloat(im)
	printstring("i)")
}

// printslice prints a slice as gc's println does: [len/cap]0xaddress.
func printslice(p uintptr, len, cap int) {
	putchar('[')
	print(len)
	putchar('/')
	print(cap)
	putchar(']')
	printpointer(p)
}

// printiface prints an interface value as gc's println does: (0xtype,0xdata).
func printiface(typ, data uintptr) {
	putchar('(')
	printpointer(typ)
	putchar(',')
	printpointer(data)
	putchar(')')
}
