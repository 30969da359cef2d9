// A Cond-driven queue: two consumers Wait until items arrive (Signal) or the queue is closed (Broadcast).
package main

import "sync"

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var queue []int
	closed := false
	var wg sync.WaitGroup
	sums := [2]int{}
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			for {
				for len(queue) == 0 && !closed {
					cond.Wait()
				}
				if len(queue) == 0 {
					return
				}
				sums[g] += queue[0]
				queue = queue[1:]
			}
		}(g)
	}
	for i := 1; i <= 10; i++ {
		mu.Lock()
		queue = append(queue, i)
		mu.Unlock()
		cond.Signal()
	}
	mu.Lock()
	closed = true
	mu.Unlock()
	cond.Broadcast()
	wg.Wait()
	println("cond sum", sums[0]+sums[1])
}
