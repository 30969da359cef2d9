// sync.Map (Load, Store, LoadOrStore, LoadAndDelete, Delete, Range with early stop and with deletes during the
// range) and sync.Pool (New when empty, nil without New, Put nil ignored).
package main

import "sync"

type key struct{ a, b int }

func main() {
	var m sync.Map
	v, ok := m.Load("missing")
	println(v == nil, ok)
	m.Store("one", 1)
	m.Store(key{1, 2}, "struct key")
	m.Store(3, 3.5)
	if v, ok := m.Load("one"); ok {
		println("one =", v.(int))
	}
	v, _ = m.Load(key{1, 2})
	println(v.(string))
	actual, loaded := m.LoadOrStore("one", 100)
	println(actual.(int), loaded)
	actual, loaded = m.LoadOrStore("two", 2)
	println(actual.(int), loaded)
	v, loaded = m.LoadAndDelete(3)
	println(v.(float64), loaded)
	v, loaded = m.LoadAndDelete(3)
	println(v == nil, loaded)
	m.Delete(key{1, 2})
	m.Delete("never stored")

	sum, n := 0, 0
	m.Range(func(k, v any) bool {
		sum += v.(int)
		n++
		return true
	})
	println("range", n, sum)
	n = 0
	m.Range(func(k, v any) bool {
		n++
		return false
	})
	println("stopped after", n)
	m.Range(func(k, v any) bool {
		m.Delete(k)
		return true
	})
	n = 0
	m.Range(func(k, v any) bool { n++; return true })
	println("after deleting all", n)

	var empty sync.Pool
	println("empty pool", empty.Get() == nil)
	made := 0
	p := sync.Pool{New: func() any { made++; return new([16]byte) }}
	b := p.Get().(*[16]byte)
	b[0] = 42
	println("made", made)
	p.Put(b)
	p.Put(nil)
	b2 := p.Get().(*[16]byte)
	println("reused", b2 == b, b2[0])
	p.Get()
	println("made", made)
}
