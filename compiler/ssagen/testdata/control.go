package main

func loops(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	j := 0
	for j < 10 {
		j++
	}
	for {
		if sum > 100 {
			break
		}
		sum *= 2
	}
	return sum + j
}

func labels() int {
	count := 0
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			count++
		}
	}
	return count
}

func logic(a, b bool, x int) bool {
	if a && (b || x > 3) {
		return true
	}
	c := a || !b
	return c && x != 0
}

func sw(x int) int {
	r := 0
	switch x {
	case 1, 2:
		r = 10
		fallthrough
	default:
		r++
	case 3:
		r = 30
	}
	switch {
	case x < 0:
		return -1
	case x == 0:
		break
	}
	return r
}

func main() {
	println(loops(10), labels(), logic(true, false, 4), sw(1))
}
