// Selector errors in gc 1.19's words (types2 with compiler error messages): every missing field or method is
// `x.f undefined (type T has no field or method f)`, with `, but does have F` when only the case of the first letter
// differs; pointers to interfaces and type parameters say so; a method expression naming a field has no method; a
// pointer method is not in T's method set, for method values of unaddressable operands and method expressions alike.
package main

type T struct {
	a   int
	Foo int
}

func (T) M()  {}
func (*T) P() {}

type I interface{ M() }

func sel[P I](p *P, q P) {
	_ = p.M /* ERROR "p.M undefined \(type \*P is pointer to type parameter, not type parameter\)" */
	_ = q.m /* ERROR "q.m undefined \(type P has no field or method m, but does have M\)" */
}

func main() {
	var t T
	var i I
	var pi *I
	_ = t.foo /* ERROR "t.foo undefined \(type T has no field or method foo, but does have Foo\)" */
	_ = t.m /* ERROR "t.m undefined \(type T has no field or method m, but does have M\)" */
	_ = t.A /* ERROR "t.A undefined \(type T has no field or method A, but does have a\)" */
	_ = t.x /* ERROR "t.x undefined \(type T has no field or method x\)$" */
	_ = i.m /* ERROR "i.m undefined \(type I has no field or method m, but does have M\)" */
	_ = i.x /* ERROR "i.x undefined \(type I has no field or method x\)$" */
	_ = pi.M /* ERROR "pi.M undefined \(type \*I is pointer to interface, not interface\)" */
	_ = T.x /* ERROR "T.x undefined \(type T has no field or method x\)" */
	_ = T.a /* ERROR "T.a undefined \(type T has no method a\)" */
	_ = T.P /* ERROR "cannot call pointer method P on T" */
	_ = T{}.P /* ERROR "cannot call pointer method P on T" */
	_ = (*T).x /* ERROR "\(\*T\).x undefined \(type \*T has no field or method x\)" */
	_ = (*I).M /* ERROR "\(\*I\).M undefined \(type \*I is pointer to interface, not interface\)" */
	_ = I.x /* ERROR "I.x undefined \(type I has no field or method x\)" */
	_ = T{}.foo /* ERROR "T{}.foo undefined \(type T has no field or method foo, but does have Foo\)" */
	_ = T{1, 2}.b /* ERROR "T{…}.b undefined \(type T has no field or method b\)" */
	_ = T.M
	_ = (*T).P
	_ = t.P
}
