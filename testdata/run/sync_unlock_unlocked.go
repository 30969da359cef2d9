// Unlocking an unlocked sync.Mutex is a fatal error (not a panic: recover cannot stop it), exit code 2.
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	println("unlocked once")
	defer func() { println("not reached", recover() != nil) }()
	mu.Unlock()
}
