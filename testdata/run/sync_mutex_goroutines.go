// A Mutex between goroutines that yield while holding it (runtime.Gosched), so that the others block in Lock and
// Unlock hands the lock over; a WaitGroup waits for them all. The output does not depend on the schedule.
package main

import (
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n, inside := 0, 0
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				mu.Lock()
				inside++
				if inside != 1 {
					println("two goroutines inside")
				}
				v := n
				runtime.Gosched()
				n = v + 1
				inside--
				mu.Unlock()
				if i%3 == 0 {
					runtime.Gosched()
				}
			}
		}()
	}
	wg.Wait()
	println("counter", n)
	mu.Lock()
	println("main holds the lock:", !mu.TryLock())
	mu.Unlock()
}
