// The composite kinds: arrays, channels, functions, interfaces, maps, pointers, slices, structs; their String,
// Elem, Key, Len, ChanDir, and the Len and Cap of their values.
package main

import "reflect"

type Pair struct {
	A int8
	B string
}

type Shape interface {
	Area() float64
}

func show(x any) {
	t := reflect.TypeOf(x)
	v := reflect.ValueOf(x)
	println(t.Kind().String(), t.String(), t.Name(), v.Kind() == t.Kind(), v.Type() == t)
}

func main() {
	var p *int
	ch := make(chan int, 3)
	var f func(int) string
	var sh Shape
	show([3]int{1, 2, 3})
	show(ch)
	show(f)
	show(&sh)
	show(map[string]int{})
	show(p)
	show([]string{"a"})
	show(Pair{1, "x"})
	show(struct{}{})
	show([]Pair{})
	show(map[string][]*Pair{})
	show((<-chan int)(ch))
	show((chan<- string)(nil))
	show([2][]int8{})

	it := reflect.TypeOf(&sh).Elem()
	println(it.Kind().String(), it.String(), it.Name())
	mt := reflect.TypeOf(map[string][]*Pair{})
	println(mt.Key().String(), mt.Elem().String(), mt.Elem().Elem().String(), mt.Elem().Elem().Elem().String())
	at := reflect.TypeOf([2][]int8{})
	println(at.Len(), at.Elem().String(), at.Elem().Elem().Kind().String())
	println(reflect.ValueOf([3]int{4, 5, 6}).Len(), reflect.ValueOf(ch).Len(), reflect.ValueOf(ch).Cap())
	ch <- 1
	println(reflect.ValueOf(ch).Len(), reflect.ValueOf([]int{1, 2}[:1]).Cap(), reflect.ValueOf(&[4]int{}).Len())
	println(reflect.Ptr == reflect.Pointer, reflect.RecvDir.String(), reflect.SendDir.String(), reflect.BothDir.String())
	println(reflect.TypeOf(ch).ChanDir().String(), reflect.TypeOf((<-chan int)(ch)).ChanDir().String())
	println(reflect.ValueOf(Pair{}).String(), reflect.TypeOf([4]uint16{}).Size())

	cv := reflect.MakeChan(reflect.TypeOf(ch), 1)
	println(cv.TrySend(reflect.ValueOf(5)), cv.TrySend(reflect.ValueOf(6)), cv.Len())
	x, ok := cv.TryRecv()
	println(x.Int(), ok)
	x, ok = cv.TryRecv()
	println(x.IsValid(), ok)
	cv.Send(reflect.ValueOf(7))
	x, ok = cv.Recv()
	println(x.Int(), ok)
	cv.Close()
	x, ok = cv.TryRecv()
	println(x.Int(), ok)
	var nilch chan int
	println(reflect.ValueOf(nilch).TrySend(reflect.ValueOf(1)))
}
