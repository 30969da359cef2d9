// A panic in a goroutine ends the program with gc's message, after that goroutine's deferred calls.
package main

func main() {
	c := make(chan int)
	go func() {
		defer println("goroutine's deferred call")
		var m map[string]int
		m["x"] = 1
	}()
	<-c
}
