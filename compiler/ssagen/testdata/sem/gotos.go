package main

type T struct{ a, b int }

func (t T) Sum() int     { return t.a + t.b }
func (t *T) Add(d int)   { t.a += d }
func (t T) Mul(k int) int { return (t.a + t.b) * k }

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
done:
	return steps
}

func main() {
	println(collatz(27), collatz(1))
	t := T{2, 3}
	println(T.Sum(t), T.Mul(t, 4))
	(*T).Add(&t, 10)
	println((*T).Sum(&t), t.a)
	i := 0
L:
	for ; i < 10; i++ {
		switch {
		case i == 3:
			continue L
		case i == 6:
			break L
		}
		println("i", i)
	}
}

type P int

func (p *P) Get(k int) P { return *p * P(k) }

func two() (*P, int) {
	v := P(7)
	return &v, 3
}

func init() {
	println((*P).Get(two()))
}
