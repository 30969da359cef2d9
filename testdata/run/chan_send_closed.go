// A sender blocked on a channel that gets closed panics.
package main

func main() {
	c := make(chan int)
	go func() {
		println("closing")
		close(c)
	}()
	c <- 1
}
