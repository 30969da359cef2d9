// The garbage collector: a program that allocates ten times the Arduino's heap in short-lived objects of many sizes
// (slices, strings, structs, maps) finishes, and its live data is intact; ReadMemStats counts the collections;
// SetFinalizer and KeepAlive are accepted (tsgo runs no finalizers; gc runs none for an object live to the end).
// (MemStats is read in a function of its own: two of them would take most of AVR's 256-byte main stack.)
package main

import "runtime"

type pair struct {
	a, b int
	next *pair
}

var sink *pair

// stats returns the figures the test prints, as booleans: gc's numbers differ from tsgo's.
func stats() (numGC uint32, frees, mallocs uint64, sane bool) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	sane = m.HeapAlloc <= m.HeapSys && m.HeapIdle <= m.HeapSys && m.TotalAlloc >= m.HeapAlloc
	return m.NumGC, m.Frees, m.Mallocs, sane
}

// churn allocates 600 short-lived slices, strings and structs, and returns a checksum and a few values it kept.
// It, mapChurn and main are separate functions so that their frames are not all on AVR's 256-byte main stack at
// once, next to a collection's.
//
//go:noinline
func churn() (total int, keep []int) {
	keep = make([]int, 0, 4)
	for i := 0; i < 600; i++ {
		s := make([]byte, 8+i%40)
		for j := range s {
			s[j] = byte(i + j)
		}
		total += int(s[len(s)-1])
		p := &pair{a: i, b: -i}
		sink = p
		str := string(s[:4]) + "x"
		total += len(str)
		if i%150 == 0 {
			keep = append(keep, i)
		}
	}
	return total, keep
}

// mapChurn grows a map and returns one of its values.
//
//go:noinline
func mapChurn() int {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i%8] += i
	}
	return m[3]
}

func main() {
	numGC, _, _, _ := stats()
	anchor := &pair{a: 42}
	runtime.SetFinalizer(anchor, func(p *pair) { println("finalized", p.a) })

	total, keep := churn()
	m3 := mapChurn()
	println("total", total, "kept", len(keep), keep[0], keep[3], "map", m3, sink.a)

	runtime.GC()
	after, frees, mallocs, sane := stats()
	println("collected:", after > numGC)
	println("freed something:", frees > 0)
	println("mallocs counted:", mallocs >= frees+1)
	println("heap sane:", sane)
	runtime.KeepAlive(anchor) // anchor is live until here, so gc runs no finalizer either
}
