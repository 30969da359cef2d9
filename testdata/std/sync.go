// std: sync — Mutex, RWMutex, WaitGroup, Once, Cond, Map and Pool with goroutines. What is printed depends only on
// the program, not on how goroutines interleave: totals after Wait, and orders that the synchronisation fixes.
// At most four goroutines run at a time, so that their stacks fit arduino's heap. Printed with println.
package main

import "sync"

// account is a balance guarded by a mutex.
type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func main() {
	var acc account
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			for j := 0; j < 250; j++ {
				acc.deposit(n)
			}
		}(i)
	}
	wg.Wait()
	println("balance", acc.balance)

	var once sync.Once
	calls := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	println("once", calls)

	var rw sync.RWMutex
	data := map[string]int{}
	for i := 0; i < 2; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			rw.Lock()
			data[string(rune('a'+i))] = i
			rw.Unlock()
		}(i)
		go func() {
			defer wg.Done()
			rw.RLock()
			_ = len(data)
			rw.RUnlock()
		}()
	}
	wg.Wait()
	println("rw", len(data), data["a"], data["b"])

	// A Cond hands out turns in order: each goroutine waits for its number.
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	turn := 0
	order := make([]int, 0, 4)
	for i := 3; i >= 0; i-- {
		wg.Add(1)
		go func(me int) {
			defer wg.Done()
			mu.Lock()
			for turn != me {
				cond.Wait()
			}
			order = append(order, me)
			turn++
			cond.Broadcast()
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	print("cond")
	for _, v := range order {
		print(" ", v)
	}
	println()

	// sync.Map, filled by goroutines.
	var m sync.Map
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i, i*i)
		}(i)
	}
	wg.Wait()
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

	mu.Lock()
	println("trylock", mu.TryLock())
	mu.Unlock()
	println("trylock", mu.TryLock())
	mu.Unlock()
}
