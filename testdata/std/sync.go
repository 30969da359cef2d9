// std: sync — Mutex, RWMutex, WaitGroup, Once and Cond with goroutines (Map and Pool are sync_map.go's). What is
// printed depends only on the program, not on how goroutines interleave: totals after Wait, and orders that the
// synchronisation fixes. At most two goroutines run at a time, so that their stacks fit arduino's heap. Printed with
// println.
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
	for i := 1; i <= 2; i++ {
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
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	println("once", calls)

	var rw sync.RWMutex
	var data [2]int
	writes := 0
	for i := 0; i < 2; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			rw.Lock()
			data[i] = i + 10
			writes++
			rw.Unlock()
		}(i)
		go func() {
			defer wg.Done()
			rw.RLock()
			_ = data[0]
			rw.RUnlock()
		}()
		wg.Wait()
	}
	println("rw", writes, data[0], data[1])

	// A Cond hands out turns in order: each goroutine waits for its number.
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	turn := 0
	order := make([]int, 0, 2)
	for i := 1; i >= 0; i-- {
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

	mu.Lock()
	println("trylock", mu.TryLock())
	mu.Unlock()
	println("trylock", mu.TryLock())
	mu.Unlock()
}
