// Constants at the edges of go/constant's range, checked against gc 1.19: untyped integers are limited to 512 bits
// (`constant multiplication overflow` at the operator), float literals may have any exponent big.Float can hold
// (binary exponents within ±2^31, decimal ones accordingly) and beyond it are malformed, and a huge untyped float
// overflows only where it is used as a typed value.

package main

const d = 1 << 511
const e = d * /* ERROR "constant multiplication overflow" */ d
const f = d + d + /* ERROR "constant addition overflow" */ d + d
const g = -d - d - /* ERROR "constant subtraction overflow" */ d

const maxInt512 = (1<<256 - 1) * (1<<256 + 1)
const _ = maxInt512 ^ /* ERROR "constant bitwise XOR overflow" */ -1
const _ = ^ /* ERROR "constant bitwise complement overflow" */ maxInt512
const _ = 1 << /* ERROR "constant shift overflow" */ 600

// An exponent beyond big.Float's range is no constant at all.
const bigA = 1e+500000000
const bigB = bigA * /* ERROR "constant result is not representable" */ bigA

const tiny = 0x1p-2147483647
const tiny2 = 0x1p-2147483648
const tooTiny = 0x1p-2147483700 /* ERROR "malformed constant: 0x1p-2147483700" */
const huge = 0x1p2147483646
const tooHuge = 0x1p2147483647 /* ERROR "malformed constant: 0x1p2147483647" */
const tooHugeDec = 1e2147483647 /* ERROR "malformed constant: 1e2147483647" */
const tinyImag = 0x1p-2147483647i

var _ = tiny
var _ float64 = tiny2
var _ = huge /* ERROR "cannot use huge \(untyped float constant 4.40403e\+646456992\) as float64 value in variable declaration \(overflows\)" */
var _ complex128 = 1e1000i /* ERROR "cannot use 1e1000i \(untyped complex constant \(0 \+ 1e\+1000i\)\) as complex128 value in variable declaration \(overflows\)" */
var _ float32 = 1e100 /* ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as float32 value in variable declaration \(overflows\)" */
var _ = tinyImag

const o = 1e5000 * 1e5000

var _ = o /* ERROR "cannot use o \(untyped float constant 1e\+10000\) as float64 value in variable declaration \(overflows\)" */

func main() {}
