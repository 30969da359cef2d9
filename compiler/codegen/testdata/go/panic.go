package main

func main() {
	println("before")
	panic("boom")
}
