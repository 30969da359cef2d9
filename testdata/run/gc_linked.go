// The garbage collector keeps linked structures intact across many collections: a list of records, each holding a
// slice of pointers to leaves with checksums, is rewired between bursts of garbage (records dropped, leaves moved
// from record to record) and checked against the sums it should hold after every round. Iterative, and small enough
// for AVR's main stack and 1.2 KiB heap (about half of it live at the end: conservative marking may keep a few
// dead objects).
package main

import "runtime"

type leaf struct {
	value int
	check int // always value*7+1
}

type record struct {
	id     int
	leaves []*leaf
	next   *record
}

func newLeaf(v int) *leaf { return &leaf{value: v, check: v*7 + 1} }

// verify walks the list: it returns the number of records and leaves and the sum of the leaves' values, or -1 as the
// sum if a leaf's checksum is wrong.
func verify(list *record) (records, leaves, sum int) {
	for r := list; r != nil; r = r.next {
		records++
		for _, l := range r.leaves {
			leaves++
			if l.check != l.value*7+1 {
				return records, leaves, -1
			}
			sum += l.value
		}
	}
	return records, leaves, sum
}

func garbage(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		b := make([]int, 3+i%7)
		b[0] = i
		s += b[0] + len(b)
	}
	return s
}

func main() {
	var list *record
	wantSum := 0
	x := 7
	junk := 0
	for round := 0; round < 33; round++ {
		x = (x*37 + 11) % 1009
		r := &record{id: round, next: list}
		for i := 0; i < 1+x%3; i++ {
			r.leaves = append(r.leaves, newLeaf(x+i))
			wantSum += x + i
		}
		list = r
		junk += garbage(20)

		// Move the first leaf of the second record to the first, and in three rounds out of four drop the fourth
		// record (it becomes garbage, unless a register or stack word still points to it).
		if second := list.next; second != nil && len(second.leaves) > 0 {
			list.leaves = append(list.leaves, second.leaves[0])
			second.leaves = second.leaves[1:]
		}
		if third := list.next; round%4 != 0 && third != nil && third.next != nil && third.next.next != nil {
			for _, l := range third.next.next.leaves {
				wantSum -= l.value
			}
			third.next.next = third.next.next.next
		}
		if round%11 == 10 {
			runtime.GC()
		}
		records, leaves, sum := verify(list)
		if sum != wantSum {
			println("corrupt at round", round, sum, wantSum)
			return
		}
		if round%11 == 10 {
			println("round", round, "records", records, "leaves", leaves, "sum", sum)
		}
	}
	println("garbage", junk)
}
