package main

type item struct {
	value int32
	next  *item
}

type list struct {
	head *item
	size int
}

func (l *list) push(v int32) {
	l.head = &item{v, l.head}
	l.size++
}

func (l *list) sum() int32 {
	var s int32
	for it := l.head; it != nil; it = it.next {
		s += it.value
	}
	return s
}

func main() {
	var l list
	for i := int32(1); i <= 10; i++ {
		l.push(i * i)
	}
	println(l.size, l.sum(), l.head.value, l.head.next.value)
}
