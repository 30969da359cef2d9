// A WaitGroup counter below zero panics; the panic can be recovered.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		wg.Add(1)
		wg.Done()
		wg.Done()
	}()
	var wg2 sync.WaitGroup
	wg2.Add(-1)
}
