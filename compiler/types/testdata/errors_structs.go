package main

import "unsafe"

type T struct{ a int }

func (T) M()  {}
func (*T) P() {}
func (T) M /* ERROR "T.M redeclared in this block\n\t.*: other declaration of M" */ () {}

type U struct {
	a int
}

func (U) a /* ERROR "field and method with the same name a" */ () {}

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

type R /* ERROR "invalid recursive type R" */ struct{ r R }

type S struct{ next *S } // fine: through a pointer

func mk() T { return T{} }

func main() {
	mk().P /* ERROR "cannot call pointer method P on T" */ ()
	var c C
	_ = c.X /* ERROR "ambiguous selector c.X" */
	var x int
	_ = iota /* ERROR "cannot use iota outside constant declaration" */
	const k = x /* ERROR "x \(variable of type int\) is not constant" */
	var t T
	t.M(1 /* ERROR "too many arguments in call to t.M" */)
	_ = t /* ERROR "t.M\(\) \(no value\) used as value" */ .M()
	x.y /* ERROR "x.y undefined \(type int has no field or method y\)" */ ()
	_ = unsafe.Offsetof(x /* ERROR "invalid argument: x is not a selector expression" */)
	if x /* ERROR "non-boolean condition in if statement" */ {
	}
	for x /* ERROR "non-boolean condition in for statement" */ {
	}
	var p *T
	p.P()
	p.M()
	_ = p.b /* ERROR "p.b undefined \(type \*T has no field or method b\)" */
	var i interface{ M() } = t
	var j interface{ P() } = t /* ERROR "cannot use t \(variable of type T\) as type interface\{P\(\)\} in variable declaration:\n\tT does not implement interface\{P\(\)\} \(P method has pointer receiver\)" */
	var j2 interface{ P() } = &t
	var j3 interface{ Q() } = & /* ERROR "cannot use &t \(value of type \*T\) as type interface\{Q\(\)\} in variable declaration:\n\t\*T does not implement interface\{Q\(\)\} \(missing Q method\)" */ t
	_, _, _, _ = i, j, j2, j3
	var s S
	_ = s.next.next.next
	_ = T{a: 1, a /* ERROR "duplicate field name a in struct literal" */ : 2}
	_ = T{1, a /* ERROR "mixture of field:value and value elements in struct literal" */ : 2}
	_ = &T{}
	_ = [2]int{1, 2, 3 /* ERROR "index 2 is out of bounds \(>= 2\)" */}
	_ = [...]int{5: 1}
	var arr [3]T
	arr[0].P()
	arr[1].a = 2
	u := U{}
	u.a = 3
	var e struct{ T }
	e.P()
	e.a = 1
	_ = C{A: A{1}, B: B{2}}.A.X
}
