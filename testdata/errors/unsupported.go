package main

func main() {
	m := map[string]int{}
	println(len(m))
}
