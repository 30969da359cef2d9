package main

func main() {
	var c chan int
	defer println("deferred")
	close(c)
}
