// select: send and receive cases, default, nil channels, a timeout built from a goroutine, break inside select,
// and a loop over select until every input is closed.
package main

import "runtime"

func after(ticks int) <-chan bool {
	c := make(chan bool, 1)
	go func() {
		for i := 0; i < ticks; i++ {
			runtime.Gosched()
		}
		c <- true
	}()
	return c
}

func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		println("unexpected", v)
	default:
		println("nothing ready")
	}
	select {
	case c <- 7:
		println("sent 7")
	default:
		println("unexpected default")
	}
	select {
	case c <- 8:
		println("unexpected send")
	case v, ok := <-c:
		println("received", v, ok)
	}

	var nilc chan int
	select {
	case <-nilc:
		println("unexpected nil receive")
	case nilc <- 1:
		println("unexpected nil send")
	default:
		println("nil channels are never ready")
	}

	never := make(chan int)
	timeout := after(3)
	select {
	case v := <-never:
		println("unexpected", v)
	case <-timeout:
		println("timed out")
	}

	a := make(chan int)
	b := make(chan string)
	go func() {
		for i := 1; i <= 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		b <- "x"
		b <- "y"
		close(b)
	}()
	sum, text := 0, ""
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				break
			}
			sum += v
		case s, ok := <-b:
			if !ok {
				b = nil
				break
			}
			text += s
		}
	}
	println("sum", sum, "text", text)

	results := make(chan int)
	quit := make(chan bool)
	go func() {
		n := 0
		for {
			select {
			case results <- n:
				n++
			case <-quit:
				println("producer stopped at", n)
				quit <- true
				return
			}
		}
	}()
	for i := 0; i < 4; i++ {
		print(<-results, " ")
	}
	println()
	quit <- true
	<-quit
}
