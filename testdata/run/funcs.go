package main

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func isEven(n uint) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n uint) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func three() (int8, uint16, bool) { return -3, 65535, true }

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	a, b := swap("left", "right")
	println(a, b)
	println(fib(20))
	println(isEven(10), isOdd(7), isEven(3))
	x, y, z := three()
	println(x, y, z)
	_, r2 := divmod(100, 7)
	println(r2)
}
