// main returning ends the program even while other goroutines are blocked or runnable.
package main

func spin(c chan int) {
	for i := 0; ; i++ {
		c <- i
	}
}

func main() {
	c := make(chan int)
	go spin(c)
	go func() {
		select {}
	}()
	println(<-c, <-c, <-c)
}
