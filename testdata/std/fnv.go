// std: hash/fnv — FNV-1 and FNV-1a at 32, 64 and 128 bits through hash.Hash (Write, Sum, Sum32/Sum64, Reset, Size,
// BlockSize), printed with println.
package main

import (
	"hash"
	"hash/fnv"
)

// hex prints a byte slice in hex.
func hex(b []byte) {
	const digits = "0123456789abcdef"
	for _, c := range b {
		print(string(digits[c>>4]), string(digits[c&15]))
	}
	println()
}

func main() {
	for _, s := range []string{"", "a", "foobar", "The quick brown fox jumps over the lazy dog"} {
		h32, h32a := fnv.New32(), fnv.New32a()
		h64, h64a := fnv.New64(), fnv.New64a()
		for _, h := range []hash.Hash{h32, h32a, h64, h64a} {
			h.Write([]byte(s))
		}
		println(len(s), h32.Sum32(), h32a.Sum32(), h64.Sum64(), h64a.Sum64())
		h128, h128a := fnv.New128(), fnv.New128a()
		h128.Write([]byte(s))
		h128a.Write([]byte(s))
		hex(h128.Sum(nil))
		hex(h128a.Sum(nil))
	}
	h := fnv.New64a()
	h.Write([]byte("foo"))
	h.Write([]byte("bar"))
	println(h.Sum64(), h.Size(), h.BlockSize())
	hex(h.Sum([]byte{0xff}))
	h.Reset()
	println(h.Sum64())
	h3 := fnv.New32a()
	h3.Write([]byte("x"))
	println(h3.Size(), len(fnv.New128().Sum(nil)))
}
