package main

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func weekday(d int) int {
	r := 0
	switch d {
	case 0, 6:
		r = 1
	default:
		r = 3
	case 1:
		r = 2
		fallthrough
	case 2:
		r += 10
	}
	return r
}

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	println("sum", sum)
	n := 0
	for n < 5 {
		n++
	}
	println("n", n)
	k := 0
	for {
		k += 3
		if k > 20 {
			break
		}
	}
	println("k", k)
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
	println(classify(-5), classify(0), classify(7), classify(100))
	for d := 0; d < 7; d++ {
		print(weekday(d), " ")
	}
	println()
	if x := sum * 2; x > 40 {
		println("big", x)
	} else if x > 20 {
		println("medium", x)
	} else {
		println("small", x)
	}
	t, f := true, false
	println(t && f, t || f, !t, t && !f || f)
}
