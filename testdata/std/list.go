// std: container/list — PushBack/PushFront, InsertBefore/InsertAfter, the Move family, Remove, PushBackList and
// PushFrontList, Init, and walking forwards and backwards, printed with println.
package main

import "container/list"

// show prints the list front to back, then back to front.
func show(l *list.List) {
	print(l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		print(" ", e.Value.(int))
	}
	print(" |")
	for e := l.Back(); e != nil; e = e.Prev() {
		print(" ", e.Value.(int))
	}
	println()
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	show(l)

	l.MoveToFront(e4)
	show(l)
	l.MoveToBack(e4)
	show(l)
	l.MoveBefore(e4, e1)
	show(l)
	l.MoveAfter(e1, l.Back())
	show(l)
	println("removed", l.Remove(e4).(int))
	show(l)

	other := list.New()
	for i := 10; i < 13; i++ {
		other.PushBack(i)
	}
	l.PushBackList(other)
	l.PushFrontList(other)
	show(l)

	// Removing an element of another list is a no-op.
	println(l.Remove(other.Front()).(int), l.Len(), other.Len())
	// Removing while walking.
	for e := l.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%2 == 0 {
			l.Remove(e)
		}
		e = next
	}
	show(l)
	l.Init()
	show(l)
	println(l.Front() == nil, l.Back() == nil)

	var zero list.List
	zero.PushBack(7)
	show(&zero)
}
