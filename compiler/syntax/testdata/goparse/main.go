// Command goparse is go/parser's side of tsgo's parser benchmark (scripts/bench-parse.ts). It reads the paths of
// Go files from standard input, loads every file into memory first (reading is not timed), then parses all of them
// with go/parser (ParseComments, as tsgo keeps comments; -skip-resolution adds SkipObjectResolution, since tsgo's
// parser resolves no identifiers) `-runs` times (the benchmark passes -runs=1 and alternates runs with tsgo's; the
// default is only for running it by hand); with -keep, each run's trees stay alive until the run ends, as in a
// compiler holding the whole program. It prints one JSON object: files, bytes, lines, per-run milliseconds, parse
// errors, and memory from runtime.MemStats (peak HeapInuse sampled every 64th file of the first run, and Sys).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"runtime"
	"time"
)

type result struct {
	Files         int       `json:"files"`
	Bytes         int       `json:"bytes"`
	Lines         int       `json:"lines"`
	RunsMs        []float64 `json:"runsMs"`
	Errors        int       `json:"errors"`
	PeakHeapInuse uint64    `json:"peakHeapInuse"`
	Sys           uint64    `json:"sys"`
}

func main() {
	runs := flag.Int("runs", 3, "number of timed runs")
	keep := flag.Bool("keep", false, "keep every tree of a run alive until the run ends")
	skipRes := flag.Bool("skip-resolution", false, "skip go/parser's identifier resolution (tsgo's parser does none)")
	flag.Parse()
	var names []string
	var srcs [][]byte
	res := result{}
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		name := in.Text()
		if name == "" {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			panic(err)
		}
		names = append(names, name)
		srcs = append(srcs, b)
		res.Bytes += len(b)
		for _, c := range b {
			if c == '\n' {
				res.Lines++
			}
		}
	}
	res.Files = len(names)
	mode := parser.ParseComments
	if *skipRes {
		mode |= parser.SkipObjectResolution
	}
	var ms runtime.MemStats
	for r := 0; r < *runs; r++ {
		runtime.GC()
		fset := token.NewFileSet()
		files := make([]*ast.File, 0, len(names))
		errors := 0
		start := time.Now()
		for i, name := range names {
			f, err := parser.ParseFile(fset, name, srcs[i], mode)
			if err != nil {
				errors++
			}
			if *keep {
				files = append(files, f)
			}
			if r == 0 && i%64 == 0 {
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > res.PeakHeapInuse {
					res.PeakHeapInuse = ms.HeapInuse
				}
			}
		}
		res.RunsMs = append(res.RunsMs, float64(time.Since(start).Microseconds())/1000)
		res.Errors = errors
		runtime.KeepAlive(files)
	}
	runtime.ReadMemStats(&ms)
	res.Sys = ms.Sys
	json.NewEncoder(os.Stdout).Encode(res)
}
