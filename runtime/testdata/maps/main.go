// The map harness's entry point. Modes (the first argument):
//
//	maps OPS SEEDS   random operation sequences for every key type (ops.go); prints counts, exits 1 on a mismatch
//	alg PAIRS        typeequal/ifaceeq against gc's == and typehash's consistency with it, on random value pairs
//	panics           the panics of nil maps, unhashable keys and uncomparable interfaces, against gc's messages
//	hashstats        probe lengths of maps filled with regularly shaped keys (hashstats.go)
//	churn            storage blocks allocated by maps whose entries are replaced one by one, first-in first-out
//	hints            make with hints: hint insertions never grow the map, negative and huge hints are ignored
//	caps K V HINT... prints "cap size" of mapmake(hint) for key and value sizes K and V, one line per hint, without
//	                 allocating (mapabi.test.ts compares them with ir/mapabi.ts)
//
// Every failure is printed as "FAIL ..." and makes the exit status 1.

package main

import (
	"fmt"
	"math/rand"
	"os"
	"reflect"
	"strconv"
	"unsafe"
)

var failures int

func fail(format string, args ...any) {
	failures++
	if failures <= 40 {
		fmt.Printf("FAIL "+format+"\n", args...)
	}
}

func main() {
	arg := func(i, def int) int {
		if len(os.Args) > i {
			n, err := strconv.Atoi(os.Args[i])
			if err == nil {
				return n
			}
		}
		return def
	}
	switch os.Args[1] {
	case "maps":
		runMaps(arg(2, 20000), arg(3, 3))
	case "alg":
		runAlg(arg(2, 20000))
	case "panics":
		runPanics()
	case "hints":
		runHints()
	case "churn":
		runChurn()
	case "hashstats":
		runHashStats()
	case "caps":
		k, _ := strconv.ParseUint(os.Args[2], 10, 64)
		v, _ := strconv.ParseUint(os.Args[3], 10, 64)
		t := &maptype{keySize: uintptr(k), valueSize: uintptr(v)}
		fakeAlloc = true
		for _, a := range os.Args[4:] {
			n, _ := strconv.ParseInt(a, 10, 64)
			var m hashmap
			mapmake(&m, t, int(n))
			fmt.Println(m.cap, lastAlloc)
			lastAlloc = 0
		}
	}
	if failures > 0 {
		fmt.Printf("%d failures\n", failures)
		os.Exit(1)
	}
}

// runMaps runs every key type with several seeds and prints a line of counts per key type.
func runMaps(ops, seeds int) {
	for _, kt := range keyTypes() {
		var st stats
		for seed := 1; seed <= seeds; seed++ {
			h := newHarness(kt, int64(seed), &st)
			h.run(ops)
			for _, e := range h.errors {
				fail("%s (seed %d)", e, seed)
			}
		}
		fmt.Printf("%-10s alg=%d ops=%d assign=%d lookup=%d hit=%d delete=%d clear=%d iter=%d mutiter=%d grown=%d "+
			"abandoned=%d produced=%d panics=%d checks=%d maxlen=%d\n",
			kt.name, kt.mt.alg, st.ops, st.assigns, st.lookups, st.hits, st.deletes, st.clears, st.iters, st.mutIters,
			st.grownIters, st.abandoned, st.produced, st.panics, st.checks, st.maxLen)
	}
}

// runAlg compares typeequal (through ifaceeq for interface values) with gc's == on random pairs of keys of every
// key type, and checks that equal values hash alike.
func runAlg(pairs int) {
	r := rand.New(rand.NewSource(7))
	var compared, equal, panicked int
	for _, kt := range keyTypes() {
		if kt.mt.alg != algGeneric {
			kt.mt.key = desc(kt.rt) // typeequal handles every comparable type
		}
		a, b := alloc(kt.mt.keySize+8), alloc(kt.mt.keySize+8)
		for i := 0; i < pairs; i++ {
			x, y := kt.gen(r, 6), kt.gen(r, 6)
			var mine, hashesEqual bool
			msg := catch(func() {
				kt.encodeKey(r, x, a)
				kt.encodeKey(r, y, b)
				mine = typeequal(kt.mt.key, a, b)
				if kt.rt.Kind() == reflect.Interface {
					if ie := ifaceeq(*(*any)(a), *(*any)(b)); ie != mine {
						fail("%s: ifaceeq %v, typeequal %v", kt.name, ie, mine)
					}
				}
				if mine {
					hashesEqual = typehash(kt.mt.key, a, 5) == typehash(kt.mt.key, b, 5)
				}
			})
			var gc bool
			gcMsg := catch(func() { gc = x == y })
			compared++
			switch {
			case msg != gcMsg:
				fail("%s: %s == %s: runtime panic %q, gc %q", kt.name, kt.canonKey(x), kt.canonKey(y), msg, gcMsg)
			case msg != "":
				panicked++
			case mine != gc:
				fail("%s: %s == %s: runtime %v, gc %v", kt.name, kt.canonKey(x), kt.canonKey(y), mine, gc)
			case mine && !hashesEqual:
				fail("%s: %s == %s but their hashes differ", kt.name, kt.canonKey(x), kt.canonKey(y))
			case mine:
				equal++
			}
		}
	}
	fmt.Printf("alg: compared=%d equal=%d panicked=%d\n", compared, equal, panicked)
}

// runPanics checks each runtime panic's message against gc's for the same operation.
func runPanics() {
	kt := keyTypes()[9] // any
	if kt.name != "any" {
		panic("keyTypes order changed")
	}
	var nilMap map[any]int
	live := map[any]int{}
	m := (*hashmap)(alloc(unsafe.Sizeof(hashmap{})))
	mapmake(m, kt.mt, 0)
	key := alloc(16)
	check := func(what string, k any, ours func(), theirs func()) {
		mine := catch(func() { kt.encodeKey(nil, k, key); ours() })
		gc := catch(theirs)
		if mine == "" || mine != gc {
			fail("%s: runtime %q, gc %q", what, mine, gc)
		} else {
			fmt.Printf("ok %-28s %s\n", what, mine)
		}
	}
	for _, k := range []any{[]int{1}, map[string]int{}, Unhash{}, WithIface{A: []byte("x")}, [1]func(){}} {
		check("assign to nil map", k, func() { mapassign(nil, key) }, func() { nilMap[k] = 1 })
		check("assign unhashable", k, func() { mapassign(m, key) }, func() { live[k] = 1 })
		check("lookup unhashable", k, func() { mapaccess(kt.mt, m, key) }, func() { _ = live[k] })
		check("lookup unhashable, nil map", k, func() { mapaccess(kt.mt, nil, key) }, func() { _ = nilMap[k] })
		check("delete unhashable, nil map", k, func() { mapdelete(kt.mt, nil, key) }, func() { delete(nilMap, k) })
		mapassign(m, unsafe.Pointer(&[2]uintptr{})) // a nil key: the map is no longer empty
		live[nil] = 1
		check("delete unhashable", k, func() { mapdelete(kt.mt, m, key) }, func() { delete(live, k) })
		b := alloc(16)
		check("ifaceeq uncomparable", k, func() {
			kt.encodeKey(nil, k, b)
			ifaceeq(*(*any)(key), *(*any)(b))
		}, func() { _ = k == k })
	}
	// Different dynamic types are unequal without panicking, even when one is uncomparable.
	a, b := alloc(16), alloc(16)
	kt.encodeKey(nil, []int{1}, a)
	kt.encodeKey(nil, 1, b)
	if msg := catch(func() {
		if ifaceeq(*(*any)(a), *(*any)(b)) {
			fail("ifaceeq([]int, int) is true")
		}
	}); msg != "" {
		fail("ifaceeq([]int, int) panicked: %s", msg)
	}
	// Nil maps: lookups find nothing, delete, len, clear and iteration do nothing.
	kt.encodeKey(nil, 1, key)
	var it hiter
	mapiterinit(nil, &it)
	if mapaccess(kt.mt, nil, key) != nil || maplen(nil) != 0 || mapiternext(&it) {
		fail("nil map is not empty")
	}
	mapdelete(kt.mt, nil, key)
	mapclear(nil)
}

// runHints checks make's hints: hint distinct insertions never grow the map.
func runHints() {
	kt := keyTypes()[0] // int
	r := rand.New(rand.NewSource(3))
	for _, hint := range []int{-1 << 31, -5, -1, 0, 1, 2, 5, 6, 7, 12, 13, 48, 49, 100, 1000, 5000} {
		m := (*hashmap)(alloc(unsafe.Sizeof(hashmap{})))
		mapmake(m, kt.mt, hint)
		if hint <= 0 && (m.cap != 0 || m.data != nil) {
			fail("make(map, %d) allocated %d slots", hint, m.cap)
		}
		data := m.data
		before := allocs
		for i := 0; i < hint; i++ {
			k := r.Int()
			mapassign(m, unsafe.Pointer(&k))
		}
		if hint > 0 && (allocs != before || m.data != data) {
			fail("make(map, %d): %d insertions grew the map (cap %d)", hint, hint, m.cap)
		}
		if hint > 0 && loadLimit(m.cap/2) >= uintptr(hint) && m.cap > minCap {
			fail("make(map, %d): cap %d is more than needed", hint, m.cap)
		}
	}
	// A hint too large for the address space is ignored, as gc does.
	m := (*hashmap)(alloc(unsafe.Sizeof(hashmap{})))
	mapmake(m, &maptype{keySize: ^uintptr(0) / 4, valueSize: ^uintptr(0) / 4}, 1000)
	if m.cap != 0 {
		fail("make with a hint whose storage overflows allocated %d slots", m.cap)
	}
	fmt.Println("hints: ok")
}

// runChurn inserts 1000 keys into int32-to-int32 maps (AVR's sizes), each deletion keeping the live entries at a
// fixed count, and prints the blocks and bytes allocated; without iterators, deletions shift entries back instead
// of leaving tombstones, so no block is allocated once the map has reached its size.
func runChurn() {
	t := &maptype{keySize: 4, valueSize: 4, alg: algMem}
	for _, live := range []int{1, 3, 5, 6, 10, 20} {
		m := (*hashmap)(alloc(unsafe.Sizeof(hashmap{})))
		mapmake(m, t, 0)
		blocks, bytes := allocs, allocBytes
		var grownAt int
		for i := 0; i < 1000; i++ {
			k := int32(i)
			data := m.data
			mapassign(m, unsafe.Pointer(&k))
			if m.data != data {
				grownAt = i
			}
			if i >= live {
				d := int32(i - live)
				mapdelete(t, m, unsafe.Pointer(&d))
			}
		}
		fmt.Printf("churn live=%d: %d blocks, %d bytes, cap %d\n", live, allocs-blocks, allocBytes-bytes, m.cap)
		if grownAt > 4*live+10 {
			fail("churn live=%d: the map still allocated at operation %d", live, grownAt)
		}
	}
}
