package main

func main() {
	c := make(chan int, 1)
	close(c)
	v, ok := <-c
	println(v, ok)
	close(c)
}
