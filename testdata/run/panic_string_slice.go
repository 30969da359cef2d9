package main

func main() {
	s := "hello"
	n := len(s) + 1
	println(s[1:n])
}
