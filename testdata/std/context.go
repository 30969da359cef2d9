// std: context — Background and TODO, WithCancel (Done, Err, cancelling parents cancels children), WithValue chains,
// WithTimeout with a short timeout and WithDeadline in the past, a goroutine stopped through its context, and the
// contexts' String forms, printed with println. The program's output does not depend on timing.
package main

import (
	"context"
	"errors"
	"time"
)

// key is the context-key type, so that keys do not collide with other packages'.
type key string

// worker counts until its context is cancelled, then reports the count's sign and the reason.
func worker(ctx context.Context, out chan<- string) {
	n := 0
	for {
		select {
		case <-ctx.Done():
			if n >= 0 {
				out <- "stopped: " + ctx.Err().Error()
			}
			return
		default:
			n++
			time.Sleep(time.Millisecond)
		}
	}
}

func main() {
	bg := context.Background()
	println(bg.Err() == nil, bg.Done() == nil, context.TODO() != nil)
	_, has := bg.Deadline()
	println("deadline?", has)

	ctx, cancel := context.WithCancel(bg)
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	select {
	case <-ctx.Done():
		println("done too early")
	default:
		println("not done")
	}
	cancel()
	<-child.Done()
	println(ctx.Err().Error(), child.Err().Error(), errors.Is(child.Err(), context.Canceled))
	cancel()

	vctx := context.WithValue(context.WithValue(bg, key("user"), "gopher"), key("id"), 42)
	println(vctx.Value(key("user")).(string), vctx.Value(key("id")).(int), vctx.Value(key("missing")) == nil, vctx.Value("user") == nil)
	shadow := context.WithValue(vctx, key("user"), "other")
	println(shadow.Value(key("user")).(string), vctx.Value(key("user")).(string))

	tctx, tcancel := context.WithTimeout(bg, 20*time.Millisecond)
	defer tcancel()
	_, has = tctx.Deadline()
	println("deadline?", has)
	<-tctx.Done()
	println(tctx.Err().Error(), errors.Is(tctx.Err(), context.DeadlineExceeded))

	past, pcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	defer pcancel()
	println(past.Err() == context.DeadlineExceeded)

	wctx, wcancel := context.WithCancel(vctx)
	out := make(chan string)
	go worker(wctx, out)
	time.Sleep(5 * time.Millisecond)
	wcancel()
	println(<-out)

	// A parent's timeout reaches a child that has its own, longer one.
	parent, c1 := context.WithTimeout(bg, 10*time.Millisecond)
	defer c1()
	kid, c2 := context.WithTimeout(parent, time.Hour)
	defer c2()
	<-kid.Done()
	println("kid:", kid.Err().Error())

	println(context.Background().(interface{ String() string }).String(), context.TODO().(interface{ String() string }).String())
	cctx, cc := context.WithCancel(context.Background())
	defer cc()
	println(cctx.(interface{ String() string }).String())
	println(context.WithValue(context.Background(), key("k"), "v").(interface{ String() string }).String())
}
