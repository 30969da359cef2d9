// runtime/debug: the knobs return gc's defaults and then what was set (tsgo keeps them without effect), a forced
// collection is counted, Stack starts with the running goroutine's header, and build information survives its
// text form (ParseBuildInfo, String). ReadBuildInfo differs on purpose (tsgo embeds none) and is in caller.go.

package main

import (
	"os"
	"runtime/debug"
	"strings"
	"unsafe"
)

func say(s ...string) { os.Stdout.WriteString(strings.Join(s, " ") + "\n") }

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	s := ""
	for ; u > 0; u /= 10 {
		s = string(rune('0'+u%10)) + s
	}
	if neg {
		s = "-" + s
	}
	return s
}

func btoa(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func main() {
	say("SetGCPercent:", itoa(int64(debug.SetGCPercent(50))), itoa(int64(debug.SetGCPercent(100))))
	say("SetMemoryLimit:", btoa(debug.SetMemoryLimit(-1) == 1<<63-1), btoa(debug.SetMemoryLimit(1<<30) == 1<<63-1),
		itoa(debug.SetMemoryLimit(-1)))
	wantStack := 250000000 // gc's default on 32-bit systems
	if unsafe.Sizeof(uintptr(0)) == 8 {
		wantStack = 1000000000
	}
	say("SetMaxStack:", btoa(debug.SetMaxStack(1<<20) == wantStack), itoa(int64(debug.SetMaxStack(wantStack))))
	say("SetMaxThreads:", itoa(int64(debug.SetMaxThreads(20))), itoa(int64(debug.SetMaxThreads(10000))))
	say("SetPanicOnFault:", btoa(debug.SetPanicOnFault(true)), btoa(debug.SetPanicOnFault(false)))
	debug.SetTraceback("all")
	debug.FreeOSMemory()
	var stats debug.GCStats
	debug.ReadGCStats(&stats)
	say("collections counted:", btoa(stats.NumGC > 0))
	st := string(debug.Stack())
	say("Stack:", btoa(strings.HasPrefix(st, "goroutine 1 [running]:\n")))
	text := "path\texample.com/cmd\nmod\texample.com\t(devel)\t\ndep\texample.com/dep\tv1.2.3\th1:abc=\n=>\t../dep\t\t\nbuild\t-compiler=gc\nbuild\tCGO_ENABLED=0\nbuild\t\"quoted key\"=\"a value\"\n"
	bi, err := debug.ParseBuildInfo(text)
	if err != nil {
		say("ParseBuildInfo:", err.Error())
		return
	}
	say("ParseBuildInfo:", bi.Path, bi.Main.Path, itoa(int64(len(bi.Deps))), bi.Deps[0].Replace.Path, itoa(int64(len(bi.Settings))))
	os.Stdout.WriteString(bi.String())
	_, err = debug.ParseBuildInfo("mod\tonly-one-column\n")
	say("bad:", err.Error())
	_, err = debug.ParseBuildInfo("=>\ta\tb\tc\n")
	say("bad:", err.Error())
}
