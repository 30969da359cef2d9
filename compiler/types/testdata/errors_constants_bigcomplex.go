// Complex constants with parts beyond exact rationals (go/constant keeps complexVal parts as big floats): they are
// valid untyped constants, take part in arithmetic and comparisons, and overflow only when a typed complex value
// needs them; a tiny part becomes 0. A divisor whose parts' squares underflow divides by zero (types2, issue 20227).
package main

const huge = 1e5000i
const tiny = -1e-5000i
const both = complex(1e5000, 1e-5000)

var _ complex128 = huge / 1e5000
var _ complex128 = tiny
var _ complex64 = huge * tiny
var _ = real(huge)
var _ float64 = imag(huge) / 1e4999
var _ complex128 = complex(1e-5000, 0)
var _ = [1]int{}[0 + int(real(huge*huge/1e10000))+1]
const eq = huge == 1e5000i && huge != tiny && both == complex(1e5000, 1e-5000)
const _ = 1 / ( /* ERROR "invalid operation: division by zero" */ 1 - 1 + 0*huge)

var _ complex128 = huge /* ERROR "cannot use huge \(untyped complex constant \(0 \+ 1e\+5000i\)\) as complex128 value in variable declaration \(overflows\)" */
var _ complex128 = 1e5000i /* ERROR "cannot use 1e5000i \(untyped complex constant \(0 \+ 1e\+5000i\)\) as complex128 value in variable declaration \(overflows\)" */
var _ complex64 = complex /* ERROR "cannot use complex\(1e5000, 0\) \(untyped complex constant \(1e\+5000 \+ 0i\)\) as complex64 value in variable declaration \(overflows\)" */ (1e5000, 0)
var _ complex128 = both /* ERROR "cannot use both \(untyped complex constant \(1e\+5000 \+ 1e-5000i\)\) as complex128 value in variable declaration \(overflows\)" */
var _ = imag /* ERROR "cannot use imag\(huge\) \(untyped float constant 1e\+5000\) as float64 value in variable declaration \(overflows\)" */ (huge)
var _ = - /* ERROR "cannot use -huge \(untyped complex constant \(0 \+ -1e\+5000i\)\) as complex128 value in variable declaration \(overflows\)" */ huge

// Real big floats underflow to zero in arithmetic as big.Float's do.
const small = 1e-646456992

var _ float64 = small * small
var _ = 1 / ( /* ERROR "invalid operation: division by zero" */ small * small)
var _ = 1i / ( /* ERROR "invalid operation: division by zero" */ 1e-600000000i)
var _ = 1i / (1e-600000000i + 1)

func main() { _ = eq }
