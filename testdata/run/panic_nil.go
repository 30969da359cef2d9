package main

type T struct {
	a, b int
}

func read(t *T) int { return t.b }

func main() {
	t := &T{1, 2}
	println(read(t))
	t = nil
	println(read(t))
}
