// RUnlock of an RWMutex that no reader holds is a fatal error, exit code 2 (a writer does not count).
package main

import "sync"

func main() {
	var rw sync.RWMutex
	rw.Lock()
	println("write-locked")
	rw.RUnlock()
}
