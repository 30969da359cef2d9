// Untyped float constants beyond exact rationals (big floats with a 512-bit mantissa, as go/constant) and gc's
// wording for constants that do not fit their type.

package main

const huge = 1e646456992
const ratio = huge / 1e646456991

var ten float64 = ratio
var tiny = 1e-779137
var one = 1e-779137 * 1e779137
var less = -huge < 1e-5000

var _ float64 = huge /* ERROR "cannot use huge \(untyped float constant 1e\+646456992\) as float64 value in variable declaration \(overflows\)" */
var _ = 1e1000 /* ERROR "cannot use 1e1000 \(untyped float constant 1e\+1000\) as float64 value in variable declaration \(overflows\)" */
var _ = 1e309 /* ERROR "cannot use 1e309 \(untyped float constant 1e\+309\) as float64 value in variable declaration \(overflows\)" */
var _ int = 1e20 /* ERROR "cannot use 1e20 \(untyped float constant 1e\+20\) as int value in variable declaration \(truncated\)" */
var _ int64 = 1e10000 /* ERROR "cannot use 1e10000 \(untyped float constant 1e\+10000\) as int64 value in variable declaration \(truncated\)" */
var _ int = (1e-646456992) /* ERROR "cannot use \(1e-646456992\) \(untyped float constant 1e-646456992\) as int value in variable declaration \(truncated\)" */
var _ = int64(1e20 /* ERROR "cannot convert 1e20 \(untyped float constant 100000000000000000000\) to type int64" */)
var _ = int64(1e100000 /* ERROR "cannot convert 1e100000 \(untyped float constant 1e\+100000\) to type int64" */)
var _ = int(1.5 /* ERROR "cannot convert 1.5 \(untyped float constant\) to type int" */)
var _ = 1i / (1e-600000000i) /* ERROR "division by zero" */

func main() {
	_, _, _, _ = ten, tiny, one, less
}
