package main

type P struct{ a, b int }

func main() {
	for i := 0; i < 3; i++ {
		var x int
		var p P
		if i > 0 {
			println("x", x, p.a)
		}
		x = i + 10
		p.a = i
		println(x, p.a)
	}
	n := 0
	for n < 3 {
		var acc int
		acc += n
		n++
		println("acc", acc)
	}
}
