package main

func main() {
	println("before")
	panic(42)
}
