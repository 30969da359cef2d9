package main

type Vec struct{ X, Y int }

type Holder struct {
	v   *Vec
	arr [4]int
}

var saved *Vec
var savedInt *int

func (v *Vec) Scale(k int) *Vec {
	v.X *= k
	v.Y *= k
	return v
}

func (v *Vec) Save() { saved = v }

func (v Vec) Sum() int { return v.X + v.Y }

func (h *Holder) Elem(i int) *int { return &h.arr[i] }

func (h *Holder) Get() *Vec { return h.v }

func scaleLocal() int {
	v := Vec{1, 2}
	c := v.Scale(3)
	return c.Sum()
}

func saveLocal() {
	v := Vec{1, 2}
	v.Save()
}

func holderLocal() int {
	var h Holder
	w := Vec{3, 4}
	h.v = &w
	p := h.Elem(2)
	*p = 5
	return h.arr[2] + h.Get().X
}

func holderLeak() {
	var h Holder
	savedInt = h.Elem(1)
}

func arrayElem() int {
	var a [3]int
	p := &a[1]
	*p = 9
	return a[1]
}

func chain() int {
	x := 1
	p := &x
	pp := &p
	ppp := &pp
	return ***ppp
}

func chainLeak() {
	x := 1
	p := &x
	pp := &p
	savedInt = *pp
}

func main() {
	println(scaleLocal())
	saveLocal()
	println(holderLocal())
	holderLeak()
	println(arrayElem())
	println(chain())
	chainLeak()
}
