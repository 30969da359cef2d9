// Complex division, as gc computes it: Smith's algorithm (R. L. Smith, "Algorithm 116: Complex division", CACM 5(8),
// 1962), which scales by the larger part of the divisor to avoid needless overflow, followed by the corrections of
// C99 Annex G.5.1 when both parts of the result are NaN (division by zero, infinite operands). complex64 division
// is done in complex128 and rounded back, as gc does.

package runtime

// complexDiv returns n / m for n = nre + nim·i and m = mre + mim·i.
func complexDiv(nre, nim, mre, mim float64) (float64, float64) {
	var e, f float64
	if fabs(mre) >= fabs(mim) {
		ratio := mim / mre
		denom := mre + ratio*mim
		e = (nre + nim*ratio) / denom
		f = (nim - nre*ratio) / denom
	} else {
		ratio := mre / mim
		denom := mim + ratio*mre
		e = (nre*ratio + nim) / denom
		f = (nim*ratio - nre) / denom
	}
	if e != e && f != f {
		a, b, c, d := nre, nim, mre, mim
		inf := posInf()
		switch {
		case c == 0 && d == 0 && (a == a || b == b):
			e = copysign(inf, c) * a
			f = copysign(inf, c) * b
		case (isInf(a) || isInf(b)) && isFinite(c) && isFinite(d):
			a = copysign(boolToFloat(isInf(a)), a)
			b = copysign(boolToFloat(isInf(b)), b)
			e = inf * (a*c + b*d)
			f = inf * (b*c - a*d)
		case (isInf(c) || isInf(d)) && isFinite(a) && isFinite(b):
			c = copysign(boolToFloat(isInf(c)), c)
			d = copysign(boolToFloat(isInf(d)), d)
			e = 0 * (a*c + b*d)
			f = 0 * (b*c - a*d)
		}
	}
	return e, f
}

// fabs returns |x| (the sign bit cleared, so fabs(-0) is +0 and NaN stays NaN).
func fabs(x float64) float64 {
	if x < 0 || (x == 0 && 1/x < 0) {
		return -x
	}
	return x
}

// posInf returns +Inf.
func posInf() float64 {
	var zero float64
	return 1 / zero
}

// isInf reports whether x is ±Inf.
func isInf(x float64) bool {
	return x-x != x-x && x == x
}

// isFinite reports whether x is neither NaN nor ±Inf.
func isFinite(x float64) bool {
	return x-x == 0
}

// copysign returns x with the sign of y.
func copysign(x, y float64) float64 {
	neg := y < 0 || (y == 0 && 1/y < 0)
	if fabs(x) != x || (x == 0 && 1/x < 0) {
		x = -x
	}
	if neg {
		return -x
	}
	return x
}

// boolToFloat returns 1 for true and 0 for false.
func boolToFloat(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
