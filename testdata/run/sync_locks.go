// Package sync under one goroutine: Mutex (Lock, Unlock, TryLock, as a Locker), RWMutex (readers, writer, TryLock,
// TryRLock, RLocker), Once (once only; when f panics: sync_once_panic.go), Cond with no waiters, WaitGroup with a
// zero counter.
// (Goroutine versions: sync_goroutines.go.)
package main

import "sync"

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func withLock(l sync.Locker, f func()) {
	l.Lock()
	f()
	l.Unlock()
}

func main() {
	var c counter
	for i := 0; i < 5; i++ {
		c.inc()
	}
	println("counter", c.n)
	println("trylock on locked", func() bool { c.mu.Lock(); defer c.mu.Unlock(); return c.mu.TryLock() }())
	println("trylock on unlocked", c.mu.TryLock())
	c.mu.Unlock()
	withLock(&c.mu, func() { println("in Locker") })

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	println("rlocked twice: TryLock", rw.TryLock(), "TryRLock", rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	println("write lock", rw.TryLock())
	println("TryRLock while writing", rw.TryRLock())
	rw.Unlock()
	rw.Lock()
	rw.Unlock()
	withLock(rw.RLocker(), func() { println("in RLocker") })
	println("after RLocker: TryLock", rw.TryLock())
	rw.Unlock()

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { println("once", i) })
	}

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	cond.Signal()
	cond.Broadcast()
	println("cond locker is mu", cond.L == sync.Locker(&mu))

	var wg sync.WaitGroup
	wg.Wait()
	wg.Add(3)
	wg.Done()
	wg.Add(-2)
	wg.Wait()
	println("waitgroup done")
}
