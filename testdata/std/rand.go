// std: math/rand — a seeded generator, rand.New(rand.NewSource(1)), must give gc 1.19's sequence: Int63, Uint32,
// Uint64, Int31, Int31n, Int63n, Intn, Float64, Float32, Perm, Shuffle, NormFloat64, ExpFloat64, Read, and Seed to
// restart it, printed with println. (rand.Int is left out: gc itself gives different values on 32-bit machines.)
package main

import "math/rand"

func main() {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 3; i++ {
		println(r.Int63(), r.Uint32(), r.Uint64(), r.Int31())
	}
	for i := 0; i < 5; i++ {
		print(r.Intn(100), " ", r.Int31n(10), " ", r.Int63n(1000000007), " ")
	}
	println()
	for i := 0; i < 3; i++ {
		println(r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
	}
	for _, v := range r.Perm(10) {
		print(v, " ")
	}
	println()
	a := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
	for _, s := range a {
		print(s)
	}
	println()
	buf := make([]byte, 7)
	n, err := r.Read(buf)
	print(n, " ", err == nil, ":")
	for _, b := range buf {
		print(" ", b)
	}
	println()

	r.Seed(42)
	println(r.Int63(), r.Intn(1<<30))
	s := rand.NewSource(42)
	println(s.Int63())
	println(rand.New(rand.NewSource(-5)).Int63(), rand.New(rand.NewSource(0)).Int63())
}
