// Written by hand: what tsgo's runtime answers about the call stack, which differs from gc's on purpose. tsgo keeps
// no unwind, symbol or line tables, so runtime.Caller reports ok=false, Callers fills in nothing, FuncForPC finds no
// function (and a nil *Func's methods return zero values), a Frames iterator names nothing, and Stack writes the
// goroutine header only; runtime/debug.ReadBuildInfo finds no build information. The rest of the runtime API here
// answers as gc's would.

package main

import (
	"os"
	"runtime"
	"runtime/debug"
)

func say(s string) { os.Stdout.WriteString(s + "\n") }

func btoa(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

func main() {
	pc, file, line, ok := runtime.Caller(0)
	say("Caller(0): pc==0 " + btoa(pc == 0) + ", file \"" + file + "\", line " + itoa(line) + ", ok " + btoa(ok))
	pcs := make([]uintptr, 8)
	say("Callers: " + itoa(runtime.Callers(0, pcs)))
	f := runtime.FuncForPC(pc)
	say("FuncForPC: nil " + btoa(f == nil) + ", name \"" + f.Name() + "\", entry==0 " + btoa(f.Entry() == 0))
	frames := runtime.CallersFrames(pcs[:0])
	fr, more := frames.Next()
	say("Frames.Next on none: more " + btoa(more) + ", function \"" + fr.Function + "\"")
	frames = runtime.CallersFrames([]uintptr{1, 2})
	fr, more = frames.Next()
	say("Frames.Next on two pcs: pc " + itoa(int(fr.PC)) + ", more " + btoa(more) + ", func nil " + btoa(fr.Func == nil))
	buf := make([]byte, 64)
	n := runtime.Stack(buf, false)
	os.Stdout.Write(buf[:n])
	small := make([]byte, 9)
	n = runtime.Stack(small, true)
	say("Stack into 9 bytes: " + string(small[:n]))
	done := make(chan string)
	go func() {
		b := make([]byte, 64)
		n := runtime.Stack(b, false)
		s := string(b[:n])
		done <- btoa(s != "goroutine 1 [running]:\n" && s[:10] == "goroutine " && s[len(s)-12:] == " [running]:\n")
	}()
	say("another goroutine's header: " + <-done)
	say("NumGoroutine: " + itoa(runtime.NumGoroutine()) + ", NumCgoCall: " + itoa(int(runtime.NumCgoCall())))
	say("GOROOT: \"" + runtime.GOROOT() + "\"")
	runtime.Gosched()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	say("NumGC after GC: " + btoa(m.NumGC > 0))
	x := new(int)
	runtime.SetFinalizer(x, func(*int) {})
	runtime.KeepAlive(x)
	say("MemProfile: " + itoa(func() int { n, _ := runtime.MemProfile(nil, false); return n }()))
	say("StartTrace fails: " + btoa(runtime.StartTrace() != nil))
	bi, ok := debug.ReadBuildInfo()
	say("ReadBuildInfo: nil " + btoa(bi == nil) + ", ok " + btoa(ok))
	var re runtime.Error
	func() {
		defer func() { re, _ = recover().(runtime.Error) }()
		var a []int
		_ = a[len(pcs)]
	}()
	say("runtime.Error: " + re.Error())
}
