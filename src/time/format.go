package time

// String returns the duration in Go's form: "72h3m0.5s", "1.5ms", "-2µs", "0s" (the leading unit is the largest
// needed; below a second, the unit is ns, µs or ms with a fraction, trailing zeros dropped).
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	var buf [32]byte
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u < uint64(Microsecond):
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			w-- // µ is two bytes in UTF-8
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = putFrac(buf[:w], u, prec)
		w = putInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = putFrac(buf[:w], u, 9)
		w = putInt(buf[:w], u%60) // seconds
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = putInt(buf[:w], u%60) // minutes
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = putInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

// putFrac writes the prec-digit fraction of v/10^prec at the end of buf, with its point, leaving out trailing zeros
// (and the point when all are zero); it returns the index where it starts and v/10^prec.
func putFrac(buf []byte, v uint64, prec int) (int, uint64) {
	w := len(buf)
	printed := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		printed = printed || digit != 0
		if printed {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if printed {
		w--
		buf[w] = '.'
	}
	return w, v
}

// putInt writes v in decimal at the end of buf and returns the index where it starts.
func putInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
		return w
	}
	for v > 0 {
		w--
		buf[w] = byte(v%10) + '0'
		v /= 10
	}
	return w
}
