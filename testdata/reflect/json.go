// encoding/json's Marshal on reflect: struct tags (names, omitempty, "-"), unexported fields left out, embedded
// structs, pointers, maps (keys sorted), slices, interfaces, a Marshaler and a TextMarshaler, MarshalIndent.
// (Unmarshal is not here: a compiler bug in strconv.readFloat keeps it from building, see testdata/std.)
package main

import (
	"encoding/json"
	"fmt"
)

type Addr struct {
	City string `json:"city"`
	Zip  int    `json:"zip,omitempty"`
}

type Base struct {
	ID   int
	Kind string `json:"kind,omitempty"`
}

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(fmt.Sprint("L", int(l))), nil }

type Raw struct{}

func (Raw) MarshalJSON() ([]byte, error) { return []byte(`{"raw":true}`), nil }

type Person struct {
	Base
	Name    string         `json:"name"`
	Age     int            `json:"age"`
	Emails  []string       `json:"emails"`
	Addr    *Addr          `json:"addr,omitempty"`
	Home    *Addr          `json:"home,omitempty"`
	Meta    map[string]any `json:"meta"`
	Levels  map[Level]bool `json:"levels"`
	R       Raw            `json:"r"`
	private int
	Score   float64 `json:"-"`
	Ratio   float32
	Bytes   []byte
	Nested  map[string][]int `json:",omitempty"`
}

func main() {
	p := Person{
		Base:   Base{ID: 7},
		Name:   "Ann <&>",
		Age:    30,
		Emails: []string{"a@x"},
		Addr:   &Addr{City: "Z"},
		Meta:   map[string]any{"k": 1.5, "b": true, "n": nil, "l": []any{1, "s"}},
		Levels: map[Level]bool{2: true, 1: false},
		Ratio:  0.25,
		Bytes:  []byte("hi"),
	}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	ib, _ := json.MarshalIndent(map[string][]int{"z": {1}, "a": {2, 3}}, "", " ")
	fmt.Println(string(ib))
	_, err = json.Marshal(map[string]any{"f": func() {}})
	fmt.Println(err)
	vb, _ := json.Marshal([]any{nil, 1, "x", Level(3), &Addr{"Q", 9}, [2]bool{true}})
	fmt.Println(string(vb))
}
