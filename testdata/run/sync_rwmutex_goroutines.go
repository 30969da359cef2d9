// RWMutex between goroutines that yield inside their critical sections: readers share the lock, a writer excludes
// everyone, and atomic counters check it. The output does not depend on the schedule.
package main

import (
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	var readers, writers, reads atomic.Int32
	value := 0
	check := func() {
		if w := writers.Load(); w > 1 || w == 1 && readers.Load() > 0 {
			println("exclusion broken")
		}
	}
	wg.Add(3)
	go func() {
		defer wg.Done()
		for i := 0; i < 5; i++ {
			rw.Lock()
			writers.Add(1)
			check()
			runtime.Gosched()
			value++
			writers.Add(-1)
			rw.Unlock()
			runtime.Gosched()
		}
	}()
	for g := 0; g < 2; g++ {
		go func() {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				rw.RLock()
				readers.Add(1)
				check()
				runtime.Gosched()
				reads.Add(1)
				readers.Add(-1)
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	println("writes", value, "reads", reads.Load())
}
