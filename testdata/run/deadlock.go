// All goroutines blocked: gc's fatal error and exit code 2.
package main

func main() {
	c := make(chan int)
	go func() {
		println("worker waits too")
		<-c
	}()
	c <- 1
	c <- 2
}
