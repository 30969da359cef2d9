package main

var order int

func trace(tag int, v bool) bool {
	order = order*10 + tag
	return v
}

func classify(x int) string {
	switch {
	case x < 0:
		return "neg"
	case x == 0:
		return "zero"
	case x < 10:
		return "small"
	}
	return "large"
}

func fall(x int) int {
	r := 0
	switch x {
	default:
		r += 1000
	case 1:
		r += 1
		fallthrough
	case 2:
		r += 10
		fallthrough
	case 3:
		r += 100
	case 4, 5:
		r = -1
		break
	}
	return r
}

func loops() int {
	total := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; ; j++ {
			if j > i {
				continue outer
			}
			if i*j == 6 {
				break outer
			}
			if j%2 == 1 {
				continue
			}
			total += i*10 + j
		}
	}
	n := 0
	for n < 1000 {
		n = n*2 + 1
	}
	return total*10000 + n
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	if r < 0 {
		return q, r
	}
	return
}

func main() {
	println(classify(-5), classify(0), classify(3), classify(42))
	println(fall(1), fall(2), fall(3), fall(4), fall(9))
	println(loops())
	if trace(1, false) && trace(2, true) || trace(3, true) && !trace(4, false) {
		println("yes", order)
	}
	order = 0
	x := trace(1, true) || trace(2, true)
	y := trace(3, true) && trace(4, false)
	println(x, y, order)
	q, r := divmod(-7, 2)
	println(q, r)
	q, r = divmod(7, 2)
	println(q, r)
	if v := q * 3; v > 5 {
		println("v", v)
	} else if v > 2 {
		println("w", v)
	} else {
		println("z")
	}
}
