package main

// Recursive non-struct types (pointers to themselves) must produce well-typed loads and stores.

type Peano *Peano

type Q *struct {
	q Q
	n int
}

func makePeano(n int) *Peano {
	if n == 0 {
		return nil
	}
	p := Peano(makePeano(n - 1))
	return &p
}

func count(x *Peano) int {
	if x == nil {
		return 0
	}
	return count(*x) + 1
}

func main() {
	println(count(makePeano(10)))
	var q Q = &struct {
		q Q
		n int
	}{n: 1}
	q = &struct {
		q Q
		n int
	}{q: q, n: 2}
	s := 0
	for q != nil {
		s = s*10 + q.n
		q = q.q
	}
	println(s)
}
