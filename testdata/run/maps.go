package main

type pt struct{ x, y int16 }

type key struct {
	name string
	n    int
}

func sortedKeys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

func sum(m map[int]int) (k, v int) {
	for a, b := range m {
		k += a
		v += b
	}
	return
}

func main() {
	// make with and without a hint, literals
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	h := make(map[int]int, 40)
	for i := 0; i < 30; i++ {
		h[i] = i * i
	}
	lit := map[string]int{"a": 1, "b": 2}
	println(len(m), len(h), len(lit), m["two"], h[7], lit["b"])

	// comma-ok, missing keys, op-assignment, delete
	v, ok := m["four"]
	println(v, ok)
	v, ok = m["one"]
	println(v, ok)
	m["one"] += 10
	m["new"]++
	println(m["one"], m["new"])
	delete(m, "two")
	delete(m, "absent")
	_, ok = m["two"]
	println(ok, len(m))
	for _, k := range sortedKeys(m) {
		print(k, "=", m[k], " ")
	}
	println()
	println(sum(h))

	// nil map reads
	var nm map[string]int
	println(nm["x"], len(nm), nm == nil)
	for range nm {
		println("never")
	}
	delete(nm, "x")

	// deleting and inserting while ranging
	d := map[int]int{}
	for i := 0; i < 20; i++ {
		d[i] = i
	}
	seen := 0
	for k := range d {
		if k%2 == 0 {
			delete(d, k+1)
		}
		seen++
	}
	println(len(d) >= 10, seen >= 10)

}
