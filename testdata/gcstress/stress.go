// A stress test of the garbage collector: random allocation sizes and a pointer graph (with cycles) rewired at
// random between collections, checked against a shadow model the objects carry: each object's data is derived from
// its id, and each pointer field has a shadow field holding the id it should point to. A live object that the
// collector freed and alloc handed out again shows up as a wrong id, wrong data or a wrong length. The outcome
// depends only on the random sequence, not on when collections happen, so gc prints the same lines.
//
// On AVR the collector reads a word at every byte offset (pointers need no alignment there), so a small integer
// stored next to a pointer's high byte reads as a heap address and keeps some object alive: ids and epochs are
// encoded with the top bit of every byte set, data bytes too, and data is at least 9 bytes long, so that the
// shadow model itself does not retain garbage and the test fits AVR's heap. (Such false retention is the known cost
// of conservative scanning; ARCHITECTURE.md.)
//
// The number of steps is set per build tag (rounds_short.go for the test suite, rounds_long.go for
// scripts/gcstress.ts). Sized for AVR: at most 6 reachable objects (checked every 4 steps) of up to 16 bytes of data, an iterative check.
package main

import "runtime"

const (
	numSlots   = 8
	maxKids    = 2
	maxLive    = 6
	minData    = 9
	maxData    = 16
	checkEvery = 4
)

type object struct {
	id     int
	kids   [maxKids]*object
	kidIDs [maxKids]int // the shadow of kids: the id each should point to, 0 for nil
	data   []byte
	epoch  int
}

var (
	slots      [numSlots]*object
	seed       uint32 = 2463534242
	nextID            = 1
	epoch      int    // encode(epochCount)
	epochCount int
	// work is the iterative check's stack of objects to visit.
	work [maxLive + numSlots*maxKids + 2]*object
)

// random returns the next number of a xorshift32 sequence, below n.
func random(n int) int {
	seed ^= seed << 13
	seed ^= seed >> 17
	seed ^= seed << 5
	return int(seed % uint32(n))
}

func dataByte(id, i int) byte { return 0x80 | byte(uint32(id)*31+uint32(i)*7+3) }

func dataLen(id int) int { return minData + int(uint32(id)%(maxData-minData+1)) }

// encode spreads n's bits over the low 7 bits of four bytes and sets every byte's top bit.
func encode(n int) int {
	return int(0x80808080 | uint32(n&0x7f) | uint32(n>>7&0x7f)<<8 | uint32(n>>14&0x7f)<<16 | uint32(n>>21&0x7f)<<24)
}

func newObject() *object {
	id := encode(nextID)
	nextID++
	o := &object{id: id, data: make([]byte, dataLen(id))}
	for i := range o.data {
		o.data[i] = dataByte(o.id, i)
	}
	return o
}

func link(from *object, k int, to *object) {
	from.kids[k] = to
	from.kidIDs[k] = 0
	if to != nil {
		from.kidIDs[k] = to.id
	}
}

// check visits every object reachable from the slots, verifies it against its shadow fields, and returns how many
// there are (or -1 after printing what is wrong).
func check() int {
	epochCount++
	epoch = encode(epochCount)
	n := 0
	top := 0
	for _, o := range slots {
		if o != nil && o.epoch != epoch {
			o.epoch = epoch
			work[top] = o
			top++
		}
	}
	for top > 0 {
		top--
		o := work[top]
		work[top] = nil // a stale entry would keep its object alive
		n++
		if len(o.data) != dataLen(o.id) {
			println("object", o.id, "has", len(o.data), "bytes of data")
			return -1
		}
		for i, b := range o.data {
			if b != dataByte(o.id, i) {
				println("object", o.id, "data byte", i, "is wrong")
				return -1
			}
		}
		for k, kid := range o.kids {
			if kid == nil && o.kidIDs[k] == 0 {
				continue
			}
			if kid == nil || kid.id != o.kidIDs[k] {
				println("object", o.id, "kid", k, "is not object", o.kidIDs[k])
				return -1
			}
			if kid.epoch != epoch {
				kid.epoch = epoch
				if top == len(work) {
					println("too many objects")
					return -1
				}
				work[top] = kid
				top++
			}
		}
	}
	return n
}

// garbage allocates a short-lived object of a random size and returns a byte of it.
func garbage() byte {
	b := make([]byte, 1+random(32))
	b[len(b)-1] = byte(len(b))
	return b[len(b)-1]
}

func main() {
	live, junk, maxSeen := 0, 0, 0
	for step := 0; step < rounds; step++ {
		switch op := random(10); {
		case op < 3: // a new object in a slot: the old one stays only if something links to it
			slots[random(numSlots)] = newObject()
		case op < 6: // rewire: a slot's object points to another slot's object (or to nothing)
			if from := slots[random(numSlots)]; from != nil {
				link(from, random(maxKids), slots[random(numSlots)])
			}
		case op < 7: // a new object linked below a slot's object
			if from := slots[random(numSlots)]; from != nil {
				link(from, random(maxKids), newObject())
			}
		case op < 8: // drop a slot
			slots[random(numSlots)] = nil
		default:
			junk += int(garbage())
		}
		if step%checkEvery == checkEvery-1 {
			live = check()
			if live < 0 {
				println("FAILED at step", step)
				return
			}
			if live > maxSeen {
				maxSeen = live
			}
			for live > maxLive { // cut links and drop slots until the graph fits the heap again
				i := random(numSlots)
				if o := slots[i]; o != nil {
					link(o, 0, nil)
					link(o, 1, nil)
				}
				slots[i] = nil
				live = check()
			}
		}
		if step%progressEvery == progressEvery-1 {
			progress(step)
		}
		if step%collectEvery == collectEvery-1 {
			runtime.GC()
		}
	}
	println("ok: steps", rounds, "objects", nextID-1, "live", live, "max live", maxSeen, "junk", junk)
	report()
}
