package main

var (
	a = b + 1
	b = f()
	c int
	counter uint8
)

var msg = "global"

func f() int {
	counter++
	return 41
}

func init() {
	c = a * 2
	counter += 10
}

func init() {
	counter *= 2
}

func bump() { counter++ }

func main() {
	println(a, b, c, counter, msg)
	bump()
	bump()
	println(counter)
}
