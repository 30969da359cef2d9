// Declaration cycles in gc's words: each cycle is reported once, at the object of the cycle declared first, with
// the path around the cycle (`initialization loop for x`, `invalid recursive type A`).

package main

var x /* ERROR "initialization loop for x\n\t.*: x refers to\n\t.*: x$" */ = x
var y /* ERROR "initialization loop for y\n\t.*: y refers to\n\t.*: z refers to\n\t.*: y$" */ = z
var z = y

const a /* ERROR "initialization loop for a" */ = a
const A /* ERROR "initialization loop for A\n\t.*: A refers to\n\t.*: B refers to\n\t.*: C refers to\n\t.*: A$" */ = 1 + B
const B /* ERROR "initialization loop for B\n\t.*: B refers to\n\t.*: C refers to\n\t.*: B$" */ = C - 1
const C = A + B + 1

type P /* ERROR "invalid recursive type P\n\t.*: P refers to\n\t.*: Q refers to\n\t.*: P$" */ = Q
type Q = P

func main() {}
