package main

func main() {
	s := []string{"a", "b"}
	i := -1
	println(s[i])
}
