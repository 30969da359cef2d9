// std: hash/crc32 — ChecksumIEEE, Checksum with the Castagnoli and Koopman tables, MakeTable, Update, and the
// hash.Hash32 interface (New, NewIEEE, Write, Sum32, Sum, Reset, Size, BlockSize) over short and longer inputs,
// printed with println.
package main

import (
	"hash/crc32"
	"io"
)

func main() {
	inputs := []string{"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef!"}
	castagnoli := crc32.MakeTable(crc32.Castagnoli)
	koopman := crc32.MakeTable(crc32.Koopman)
	for _, s := range inputs {
		println(len(s), crc32.ChecksumIEEE([]byte(s)), crc32.Checksum([]byte(s), castagnoli), crc32.Checksum([]byte(s), koopman))
	}
	crc := crc32.Update(0, crc32.IEEETable, []byte("1234"))
	crc = crc32.Update(crc, crc32.IEEETable, []byte("56789"))
	println("update", crc)

	h := crc32.NewIEEE()
	io.WriteString(h, "hello ")
	io.WriteString(h, "world")
	sum := h.Sum([]byte{0xAA})
	println(h.Sum32(), h.Size(), h.BlockSize(), len(sum), sum[0], sum[1], sum[4])
	h.Reset()
	println(h.Sum32())
	hc := crc32.New(castagnoli)
	hc.Write([]byte("hello world"))
	println(hc.Sum32(), uint32(crc32.IEEE), uint32(crc32.Castagnoli), uint32(crc32.Koopman), crc32.Size)

	big := make([]byte, 1000)
	for i := range big {
		big[i] = byte(i * 7)
	}
	println(crc32.ChecksumIEEE(big), crc32.Checksum(big, castagnoli), crc32.Checksum(big[3:], koopman))
}
