// std: encoding/binary — BigEndian and LittleEndian Put/Uint at 16, 32 and 64 bits, AppendByteOrder (Go 1.19),
// varints (PutUvarint, PutVarint, Uvarint, Varint, AppendUvarint, AppendVarint, ReadUvarint) with their overflow
// and short-buffer results, printed with println. Structs through Write and Read are binary_struct.go's.
package main

import (
	"bytes"
	"encoding/binary"
)

// dump prints a byte slice in hex.
func dump(b []byte) {
	const hex = "0123456789abcdef"
	for _, c := range b {
		print(string(hex[c>>4]), string(hex[c&15]))
	}
	println()
}

func main() {
	b := make([]byte, 8)
	binary.BigEndian.PutUint16(b, 0x1234)
	dump(b[:2])
	binary.LittleEndian.PutUint16(b, 0x1234)
	dump(b[:2])
	binary.BigEndian.PutUint32(b, 0xDEADBEEF)
	dump(b[:4])
	binary.LittleEndian.PutUint32(b, 0xDEADBEEF)
	dump(b[:4])
	binary.BigEndian.PutUint64(b, 0x0102030405060708)
	dump(b)
	println(binary.BigEndian.Uint64(b), binary.LittleEndian.Uint64(b), binary.BigEndian.Uint32(b[2:]), binary.LittleEndian.Uint16(b[6:]))
	binary.LittleEndian.PutUint64(b, 0x0102030405060708)
	dump(b)
	println(binary.BigEndian.String(), binary.LittleEndian.String())

	var app []byte
	app = binary.BigEndian.AppendUint16(app, 0xABCD)
	app = binary.LittleEndian.AppendUint32(app, 1)
	app = binary.BigEndian.AppendUint64(app, 1<<63)
	dump(app)

	var order binary.ByteOrder = binary.BigEndian
	println(order.Uint16([]byte{1, 2}))
	order = binary.LittleEndian
	println(order.Uint16([]byte{1, 2}))

	vb := make([]byte, binary.MaxVarintLen64)
	for _, u := range []uint64{0, 1, 127, 128, 300, 16384, 1<<63 + 5, 18446744073709551615} {
		n := binary.PutUvarint(vb, u)
		print(u, " ", n, " ")
		dump(vb[:n])
		v, m := binary.Uvarint(vb[:n])
		println("  back", v, m)
	}
	for _, x := range []int64{0, -1, 1, -64, 64, -9223372036854775808, 9223372036854775807} {
		n := binary.PutVarint(vb, x)
		v, m := binary.Varint(vb[:n])
		print(x, " ", n, " ", v, " ", m, " ")
		dump(vb[:n])
	}
	v, n := binary.Uvarint([]byte{0x80, 0x80})
	println("short", v, n)
	v, n = binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})
	println("overflow", v, n)
	var seq []byte
	seq = binary.AppendUvarint(seq, 1000)
	seq = binary.AppendVarint(seq, -1000)
	seq = binary.AppendUvarint(seq, 5)
	dump(seq)
	r := bytes.NewReader(seq)
	u1, err1 := binary.ReadUvarint(r)
	i2, err2 := binary.ReadVarint(r)
	u3, err3 := binary.ReadUvarint(r)
	_, err4 := binary.ReadUvarint(r)
	println(u1, err1 == nil, i2, err2 == nil, u3, err3 == nil, err4.Error())
	_, err5 := binary.ReadUvarint(bytes.NewReader([]byte{0x80}))
	println(err5.Error())
}
