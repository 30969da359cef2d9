// GOROOT's users of reflect: encoding/binary (Read and Write of a struct through reflect, Size), errors.As and Is,
// sort.Slice and sort.SliceStable with Swapper, context (TypeOf(key).Comparable, TypeOf(c).String), fmt's %v of the
// results.
package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

type Hdr struct {
	Magic uint32
	Len   uint16
	Flags [2]uint8
	Neg   int16
	F     float32
}

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }

type ctxKey string

type person struct {
	name string
	age  int
}

func main() {
	var buf bytes.Buffer
	err := binary.Write(&buf, binary.LittleEndian, Hdr{0xCAFEBABE, 7, [2]uint8{1, 2}, -3, 1.5})
	fmt.Printf("% x %v\n", buf.Bytes(), err)
	var h Hdr
	err = binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &h)
	fmt.Printf("%+v %d %v\n", h, binary.Size(h), err)
	var words []uint16
	words = make([]uint16, 3)
	binary.Read(bytes.NewReader([]byte{1, 0, 2, 0, 3, 0}), binary.LittleEndian, words)
	fmt.Println(words, binary.Size(words))

	var e error = fmt.Errorf("wrap: %w", &myErr{3})
	var me *myErr
	fmt.Println(errors.As(e, &me), me.code, errors.Is(e, me), errors.Unwrap(e) == me)
	var target interface{ Error() string }
	fmt.Println(errors.As(e, &target), target)

	people := []person{{"c", 3}, {"a", 1}, {"b", 2}, {"d", 1}}
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people[0].age, people[1].age, people[2].name, people[3].name)
	sort.SliceStable(people, func(i, j int) bool { return people[i].name < people[j].name })
	fmt.Println(people)
	strs := []string{"pear", "fig", "apple"}
	sort.Slice(strs, func(i, j int) bool { return strs[i] < strs[j] })
	fmt.Println(strs, sort.SliceIsSorted(strs, func(i, j int) bool { return strs[i] < strs[j] }))
	ctx := context.WithValue(context.Background(), ctxKey("k"), 42)
	c2, cancel := context.WithCancel(ctx)
	cancel()
	fmt.Println(ctx.Value(ctxKey("k")), c2.Err(), c2)
}
