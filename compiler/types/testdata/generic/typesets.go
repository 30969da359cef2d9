package main

// Operations on type parameters through their type sets (len, cap, arithmetic, conversions, comparisons, untyped
// constants) and through their core types (slicing, range, make, append, copy), compared with go/types.

type Num interface{ ~int | ~int8 | ~float64 }
type SB interface{ ~string | ~[]byte }
type IS interface{ ~int | ~string }

func lens[T interface {
	~[]int | ~string | ~map[int]int
}](x T) int                                                    { return len(x) }
func caps[T interface{ ~[]int | ~[4]int | ~*[4]int }](x T) int { return cap(x) + len(x) }
func arrLen[T ~[4]int](x T) int                                { return len(x) }

func slice1[T SB](x T) T           { return x[1:2] }
func slice2[T ~[]int](x T) T       { return x[:1:2] }
func slice3[T ~*[4]int](x T) []int { return x[1:] }
func index1[T SB](x T) byte        { return x[0] }
func rangeStr[T ~string](x T) (n int) {
	for i, r := range x {
		n += i + int(r)
	}
	return n
}
func rangeMap[M ~map[K]V, K comparable, V any](m M) (ks []K) {
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}
func rangeChan[C ~chan E | ~<-chan E, E any](c C) E {
	for e := range c {
		return e
	}
	var z E
	return z
}

func mk[T ~[]int](n int) T           { return make(T, n, 2*n) }
func mkMap[M ~map[string]int]() M    { return make(M) }
func app[T ~[]byte](b T, s string) T { return append(b, s...) }
func app2[T ~[]byte, S SB](b T, s S) T {
	return append(b, s...)
}
func cp[T ~[]byte, S SB](b T, s S) int { return copy(b, s) }
func cpStr[T ~[]byte](b T) int         { return copy(b, "abc") }

func add[T IS](a, b T) T  { return a + b }
func mul[T Num](a, b T) T { return a*b - a/b }
func neg[T Num](a T) T    { return -a + +a }
func inc[T Num](a T) T    { a++; a += 2; return a }
func bits[T ~int | ~uint8](a, s T) T {
	return a<<s | a>>1 ^ ^a&^s
}
func shiftBy[T ~uint | ~uint8](a int, s T) int { return a << s }
func less[T ~int | ~string](a, b T) bool       { return a < b || a >= b }
func eq[T comparable](a, b T) bool             { return a == b && !(a != b) }
func eqPtr[T ~*int | ~*string](a T) bool       { return a == nil }

func conv[T Num, U Num](x T) U    { return U(x) }
func conv2[T Num](x int) T        { return T(x) }
func conv3[T Num](x T) float64    { return float64(x) }
func conv4[T SB](x T) string      { return string(x) }
func conv5[T ~[]byte](s string) T { return T(s) }
func conv6[T ~int8 | ~uint8]() T  { return T(127) }
func conv7[T SB]() T              { return T("x") }
func untyped[T Num]() T {
	var x T = 1
	x = x + 2
	return x * 3
}
func nilT[T ~[]int | ~map[int]int]() T { return nil }

func assignIn[T ~[]int](x []int) T  { return x }
func assignOut[T ~[]int](x T) []int { return x }

func typeSwitch[T any](x T) int {
	switch any(x).(type) {
	case T:
		return 1
	case int:
		return 2
	}
	return 0
}

func main() {
	_ = lens([]int{1})
	_ = caps([4]int{})
	_ = arrLen([4]int{})
	_ = slice1("abc")
	_ = slice2([]int{1, 2})
	_ = rangeStr("héllo")
	_ = rangeMap(map[string]int{"a": 1})
	_ = mk[[]int](3)
	_ = app([]byte("x"), "yz")
	_ = app2([]byte("x"), "yz")
	_ = cp(make([]byte, 3), []byte("abc"))
	_ = add("a", "b")
	_ = mul(2.0, 3.0)
	_ = bits[uint8](3, 1)
	_ = less(1, 2)
	_ = conv[int, float64](3)
	_ = conv6[int8]()
	_ = untyped[int8]()
	_ = typeSwitch(1)
}
