// Goroutines and channels: producer/consumer, a worker pool, arguments evaluated at the go statement, methods,
// interface methods and closures as goroutine functions, unbuffered hand-off order.
package main

type counter struct{ n int }

func (c *counter) run(out chan<- int) {
	c.n++
	out <- c.n
}

type runner interface{ run(out chan<- int) }

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func worker(id int, jobs <-chan int, results chan<- [2]int, done chan<- bool) {
	for j := range jobs {
		results <- [2]int{id, j * 2}
	}
	done <- true
}

func main() {
	squares := make(chan int)
	go producer(5, squares)
	for v := range squares {
		print(v, " ")
	}
	println()

	jobs := make(chan int, 8)
	results := make(chan [2]int, 8)
	done := make(chan bool)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results, done)
	}
	for j := 1; j <= 6; j++ {
		jobs <- j
	}
	close(jobs)
	for w := 1; w <= 3; w++ {
		<-done // the workers have finished: on a 2 KiB board their stacks are garbage from here on
	}
	sum := 0
	for i := 0; i < 6; i++ {
		r := <-results
		sum += r[1]
	}
	println("sum of doubled jobs:", sum)

	// Arguments are evaluated at the go statement.
	out := make(chan int)
	x := 10
	go func(v int) { out <- v }(x)
	x = 20
	println("argument:", <-out, "x now", x)

	// A method value, a method through an interface, a closure capturing a variable.
	c := &counter{n: 41}
	go c.run(out)
	println("method:", <-out)
	var r runner = c
	go r.run(out)
	println("interface method:", <-out)
	total := 0
	go func() {
		total += 5
		done <- true
	}()
	<-done
	println("closure:", total)

	// An unbuffered channel hands values over in order; comma-ok after close.
	pings := make(chan string)
	go func() {
		for _, s := range []string{"a", "b", "c"} {
			pings <- s
		}
		close(pings)
	}()
	for {
		s, ok := <-pings
		if !ok {
			break
		}
		print(s)
	}
	println()
	s, ok := <-pings
	println("after close:", s == "", ok)
}
