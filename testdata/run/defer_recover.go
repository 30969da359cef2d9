package main

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func order() {
	for i := 0; i < 3; i++ {
		defer println("defer", i)
	}
	println("body")
}

func named() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func recovers() (r int) {
	defer func() {
		if v := recover(); v != nil {
			println("recovered:", v.(string))
			r = -1
		}
	}()
	panic("boom")
}

func runtimeErr(i int) (s string) {
	defer func() {
		if e := recover(); e != nil {
			s = e.(error).Error()
		}
	}()
	a := []int{1, 2, 3}
	return string(rune('0' + a[i]))
}

func noRecoverOutside() {
	println(recover() == nil)
}

func args() {
	x := 1
	defer println("deferred x =", x)
	x = 2
	println("x =", x)
}

func nested() {
	defer func() {
		r := recover()
		println("outer recovered", r.(string))
	}()
	defer func() {
		defer func() { println("inner defer") }()
		panic("second")
	}()
	panic("first")
}

type T struct{ n int }

func (t T) show()   { println("show", t.n) }
func (t *T) incr()  { t.n++ }

func methods() {
	t := T{1}
	defer t.show()
	defer t.incr()
	var i interface{ show() } = T{7}
	defer i.show()
	t.n = 5
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &E{"div: " + r.(error).Error()}
		}
	}()
	return a / b, nil
}

func main() {
	order()
	println(named())
	println(recovers())
	println(runtimeErr(1), runtimeErr(5))
	noRecoverOutside()
	args()
	nested()
	methods()
	q, err := divide(7, 2)
	println(q, err == nil)
	_, err = divide(1, 0)
	println(err.Error())
	defer println("last words")
	var p *T
	p.incr()
}
