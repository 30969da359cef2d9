// A goroutine that recurses without end overflows its own stack: "fatal error: stack overflow" and exit code 2
// (written by hand: gc prints its stack bounds first, with addresses).
package main

func count(n int, f func(int) int) int {
	return f(n+1) + 1
}

func main() {
	done := make(chan int)
	var f func(int) int
	f = func(n int) int { return count(n, f) }
	go func() { done <- f(0) }()
	println(<-done)
}
