package main

var global *int

func foo() {
	i := 3
	global = &i // i escapes: reported at i's declaration, "escapes at line 7"
}

func foo2() {
	i := 3
	bar(&i) // bar does not keep its parameter: i stays on the stack, nothing reported
}

func bar(i *int) { println(*i) }

func main() { foo(); foo2() }
