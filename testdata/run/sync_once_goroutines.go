// WaitGroup and Once between goroutines: two goroutines wait on one WaitGroup and are both released by the last Done;
// goroutines calling Do while f blocks wait for f to return, and f runs once.
package main

import (
	"runtime"
	"sync"
)

func main() {
	var gate, started, done sync.WaitGroup
	gate.Add(1)
	for g := 0; g < 2; g++ {
		started.Add(1)
		done.Add(1)
		go func() {
			started.Done()
			gate.Wait()
			done.Done()
		}()
	}
	started.Wait()
	gate.Done()
	done.Wait()
	println("both waiters released")

	var once sync.Once
	calls, returned := 0, 0
	f := func() {
		runtime.Gosched() // the other goroutines reach Do while f runs
		calls++
	}
	done.Add(2)
	for g := 0; g < 2; g++ {
		go func() {
			once.Do(f)
			if calls == 1 {
				returned++
			}
			done.Done()
		}()
	}
	once.Do(f)
	done.Wait()
	println("once calls", calls, "returned after f", returned)
}
