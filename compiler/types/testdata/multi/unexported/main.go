// Unexported fields and methods of another package's types are not found by selectors, method expressions and
// struct literal keys, as in gc 1.19 (types2 looks names up package-qualified).
package main

import "p"

type local struct{ p.T }

func (local) own() {}

func main() {
	var t p.T
	_ = t.field /* ERROR "t.field undefined \(type p.T has no field or method field\)$" */
	t.m /* ERROR "t.m undefined \(type p.T has no field or method m, but does have M\)" */ ()
	t.M()
	_ = t.X
	_ = t.Pub
	_ = t.inner /* ERROR "t.inner undefined \(type p.T has no field or method inner\)" */
	t.em /* ERROR "t.em undefined \(type p.T has no field or method em\)" */ ()
	_ = p.T.m /* ERROR "p.T.m undefined \(type p.T has no field or method m, but does have M\)" */
	_ = (*p.T).pm /* ERROR "\(\*p.T\).pm undefined \(type \*p.T has no field or method pm\)" */
	_ = p.T{}.m /* ERROR "p.T{}.m undefined \(type p.T has no field or method m, but does have M\)" */
	_ = p.T{X: 1}.m /* ERROR "p.T{…}.m undefined" */
	var i p.I
	i.m /* ERROR "i.m undefined \(type p.I has no field or method m, but does have M\)" */ ()
	_ = p.I.m /* ERROR "p.I.m undefined \(type p.I has no field or method m, but does have M\)" */
	_ = p.New().field /* ERROR "p.New\(\).field undefined \(type \*p.T has no field or method field\)" */
	_ = p.V.field /* ERROR "p.V.field undefined \(type p.T has no field or method field\)" */
	_ = p.T{field /* ERROR "unknown field 'field' in struct literal of type p.T" */ : 1}
	_ = p.T{inner /* ERROR "unknown field 'inner' in struct literal of type p.T" */ : 1}
	_ = p.T{X: 1, E: p.E{Pub: 2}}
	_ = p.T{1 /* ERROR "implicit assignment to unexported field field in p.T literal" */, 2, p.E{}}
	_ = p.E{1 /* ERROR "implicit assignment to unexported field inner in p.E literal" */, 2}
	var l local
	l.own()
	_ = l.field /* ERROR "l.field undefined \(type local has no field or method field\)" */
	_ = l.T.X
}

type impl struct{}

func (impl) m() {}
func (impl) M() {}

var _ p.I = impl /* ERROR "impl does not implement p.I \(missing m method\)\n\t\thave M\(\)\n\t\twant m\(\)" */ {}
var _ interface{ m() } = impl{}
