// Constant conversions, size and length arguments, and print arguments in gc 1.19's words: a constant that does not
// fit is `cannot convert x (...) to type T` (types2 never says `constant 256 overflows uint8` for a conversion);
// make's sizes and unsafe.Add's offset are checked as indices (`invalid argument: index f (...) must be integer`);
// print and println assign their arguments (`cannot use 1e400 (...) as float64 value in argument to println
// (overflows)`).
package main

import "unsafe"

const c int = 256
const u8 uint8 = 255

var _ = uint8(256 /* ERROR "cannot convert 256 \(untyped int constant\) to type uint8" */)
var _ = uint8(c /* ERROR "cannot convert c \(constant 256 of type int\) to type uint8" */)
var _ = uint(- /* ERROR "cannot convert -1 \(untyped int constant\) to type uint" */ 1)
var _ = int64(1 /* ERROR "cannot convert 1 << 63 \(untyped int constant 9223372036854775808\) to type int64" */ << 63)
var _ = int8(u8 /* ERROR "cannot convert u8 \(constant 255 of type uint8\) to type int8" */)
var _ = int32(1e10 /* ERROR "cannot convert 1e10 \(untyped float constant 10000000000\) to type int32" */)
var _ = byte('世' /* ERROR "cannot convert '世' \(untyped rune constant 19990\) to type byte" */)

func sizes(p unsafe.Pointer, f float64, s string) {
	_ = make([]int, f /* ERROR "invalid argument: index f \(variable of type float64\) must be integer" */)
	_ = make([]int, 1, f /* ERROR "invalid argument: index f \(variable of type float64\) must be integer" */)
	_ = make(map[int]int, f /* ERROR "invalid argument: index f \(variable of type float64\) must be integer" */)
	_ = make(chan int, s /* ERROR "invalid argument: index s \(variable of type string\) must be integer" */)
	_ = make([]int, 1.5 /* ERROR "1.5 \(untyped float constant\) truncated to int" */)
	_ = make([]int, uint64 /* ERROR "invalid argument: index uint64\(1 << 63\) \(constant 9223372036854775808 of type uint64\) overflows int" */ (1<<63))
	_ = unsafe.Add(p, f /* ERROR "invalid argument: length f \(variable of type float64\) must be integer" */)
	_ = unsafe.Add(p, -1)
	println(1e400 /* ERROR "cannot use 1e400 \(untyped float constant 1e\+400\) as float64 value in argument to println \(overflows\)" */)
	print(1, 1 /* ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in argument to print \(overflows\)" */ <<70)
	print(nil /* ERROR "use of untyped nil in argument to print" */)
}

// Constants that do not fit where an index or shift count is needed, without an assignment context: types2's
// representable (`truncated to`, `overflows`, `cannot convert x to T`, no `type`).
const c2 = 2 + 1i

func counts(x int, a []int) {
	_ = a[c2 /* ERROR "c2 \(untyped complex constant \(2 \+ 1i\)\) truncated to int" */]
	_ = a["s" /* ERROR "cannot convert \"s\" \(untyped string constant\) to int" */]
	_ = x + c2 /* ERROR "c2 \(untyped complex constant \(2 \+ 1i\)\) truncated to int" */
	_ = x << c2 /* ERROR "c2 \(untyped complex constant \(2 \+ 1i\)\) truncated to uint" */
	_ = x << 1e400 /* ERROR "1e400 \(untyped float constant 1e\+400\) truncated to uint" */
	_ = x << ( /* ERROR "\(1 << 70\) \(untyped int constant 1180591620717411303424\) overflows uint" */ 1 << 70)
	var _ int = c2 /* ERROR "cannot use c2 \(untyped complex constant \(2 \+ 1i\)\) as int value in variable declaration \(truncated\)" */
	var _ float64 = c2 /* ERROR "cannot use c2 \(untyped complex constant \(2 \+ 1i\)\) as float64 value in variable declaration \(overflows\)" */
}

func main() {}
