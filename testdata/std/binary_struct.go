// std: encoding/binary — Write and Read of structs, arrays, slices and fixed-size values through a bytes.Buffer in
// both byte orders, and Size (the reflect-driven half of the package), printed with println.
package main

import (
	"bytes"
	"encoding/binary"
)

// Header is a fixed-size record.
type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint8
	_       uint8
	Length  int32
	Offsets [3]uint16
	Scale   float32
	Ratio   float64
	Ok      bool
	Signed  int8
	Big     uint64
}

// dump prints a byte slice in hex.
func dump(b []byte) {
	const hex = "0123456789abcdef"
	for _, c := range b {
		print(string(hex[c>>4]), string(hex[c&15]))
	}
	println()
}

func main() {
	h := Header{Magic: [4]byte{'T', 'S', 'G', 'O'}, Version: 0x0102, Flags: 0x80, Length: -2, Offsets: [3]uint16{1, 256, 65535}, Scale: 1.5, Ratio: -0.25, Ok: true, Signed: -3, Big: 1<<63 | 1}
	println("size", binary.Size(h), binary.Size(&h), binary.Size([]uint32{1, 2}), binary.Size(3))

	var buf bytes.Buffer
	if err := binary.Write(&buf, binary.BigEndian, h); err != nil {
		println("write error", err.Error())
	}
	dump(buf.Bytes())
	var back Header
	if err := binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back); err != nil {
		println("read error", err.Error())
	}
	println(string(back.Magic[:]), back.Version, back.Flags, back.Length, back.Offsets[2], back.Scale, back.Ratio, back.Ok, back.Signed, back.Big, back == h)

	buf.Reset()
	binary.Write(&buf, binary.LittleEndian, &h)
	dump(buf.Bytes())
	var le Header
	binary.Read(&buf, binary.LittleEndian, &le)
	println(le == h, buf.Len())

	buf.Reset()
	binary.Write(&buf, binary.LittleEndian, []int16{-1, 2, -3})
	binary.Write(&buf, binary.BigEndian, uint32(7))
	binary.Write(&buf, binary.BigEndian, []bool{true, false})
	binary.Write(&buf, binary.LittleEndian, float64(2))
	dump(buf.Bytes())
	s := make([]int16, 3)
	var u uint32
	bs := make([]bool, 2)
	var f float64
	binary.Read(&buf, binary.LittleEndian, s)
	binary.Read(&buf, binary.BigEndian, &u)
	binary.Read(&buf, binary.BigEndian, bs)
	binary.Read(&buf, binary.LittleEndian, &f)
	println(s[0], s[1], s[2], u, bs[0], bs[1], f)

	err := binary.Read(&buf, binary.BigEndian, &u)
	println("empty:", err.Error())
	err = binary.Read(bytes.NewReader([]byte{1, 2}), binary.BigEndian, &u)
	println("short:", err.Error())
	err = binary.Write(&buf, binary.BigEndian, "a string")
	println("bad type:", err.Error())
	err = binary.Write(&buf, binary.BigEndian, 5)
	println("int:", err.Error())
}
