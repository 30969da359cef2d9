// std: sync — Map (Store, Load, LoadOrStore, LoadAndDelete, Delete, Range) filled by goroutines one at a time, and
// Pool. Printed with println.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	// sync.Map, filled by goroutines one at a time.
	var m sync.Map
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i, i*i)
		}(i)
		wg.Wait()
	}
	v, ok := m.Load(2)
	println("map", v.(int), ok)
	actual, loaded := m.LoadOrStore(2, 100)
	println(actual.(int), loaded)
	actual, loaded = m.LoadOrStore(7, 49)
	println(actual.(int), loaded)
	m.Delete(0)
	sum := 0
	m.Range(func(k, v any) bool {
		sum += v.(int)
		return true
	})
	println("sum", sum)
	old, loaded := m.LoadAndDelete(1)
	println(old.(int), loaded)

	pool := sync.Pool{New: func() any { return new([16]byte) }}
	buf := pool.Get().(*[16]byte)
	buf[0] = 42
	pool.Put(buf)
	println("pool", pool.Get() != nil)

}
