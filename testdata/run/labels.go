package main

// Labeled break and continue on every statement kind they apply to, goto forward and backward, switch without a
// tag and with init statements, fallthrough.

func classify(x int) string {
	switch y := x * 2; {
	case y < 0:
		return "neg"
	case y == 0:
		return "zero"
	case y > 100:
		return "big"
	}
	return "small"
}

func main() {
	// break out of a for from inside a switch, and out of the switch alone
outer:
	for i := 0; i < 10; i++ {
		switch {
		case i == 2:
			continue outer
		case i == 5:
			break outer
		case i%2 == 1:
			break
		}
		print(i, " ")
	}
	println()

	// labeled continue through nested ranges over a slice, a string and a map
	words := []string{"ab", "cd", "ef"}
rows:
	for i, w := range words {
		for j, r := range w {
			if r == 'd' {
				continue rows
			}
			if r == 'f' {
				break rows
			}
			print(i, j, string(r), " ")
		}
	}
	println()
	m := map[int]int{1: 1}
	n := 0
mloop:
	for k := range m {
		for {
			n += k
			if n > 3 {
				break mloop
			}
		}
	}
	println(n)

	// break out of a labeled switch and type switch from a nested loop
	var v any = 3
sw:
	switch x := v.(type) {
	case int:
		for i := 0; ; i++ {
			if i == x {
				break sw
			}
		}
		println("unreachable")
	}
	println("after type switch")
ts:
	switch {
	case true:
		for _, c := range "xyz" {
			if c == 'y' {
				break ts
			}
			print(string(c))
		}
		println("unreachable")
	}
	println()

	// labeled block with goto forward and backward
	i := 0
loop:
	if i < 3 {
		print("g", i, " ")
		i++
		goto loop
	}
	println()
	goto skip
	println("skipped")
skip:
	println("skip done")

	// fallthrough chains
	for _, x := range []int{0, 1, 2} {
		switch x {
		case 0:
			print("zero ")
			fallthrough
		case 1:
			print("one ")
			fallthrough
		default:
			print("any ")
		}
		println()
	}
	println(classify(-3), classify(0), classify(7), classify(80))

	// labeled continue in a for with a post statement, and a bare labeled block
	sum := 0
count:
	for a := 0; a < 4; a++ {
		for b := 0; b < 4; b++ {
			if b > a {
				continue count
			}
			sum += b
		}
	}
	println(sum)
	{
	L:
		for {
			break L
		}
	}
	println("done")
}
