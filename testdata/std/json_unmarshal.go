// std: encoding/json — Unmarshal into structs (tags, embedded fields, case-insensitive names, unknown fields,
// ",string"), maps, arrays, slices and interface values (float64 numbers), Unmarshaler methods, RawMessage, its
// errors (SyntaxError, UnmarshalTypeError, custom errors) and a Decoder over a stream with UseNumber. Printed with
// fmt. Meant for the host and Cortex-M; arduino's 32 KiB cannot hold it. Encoding is json_marshal.go's.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Address is nested in Person.
type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

// Base is embedded in Person: its fields are promoted.
type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

// Person exercises the tag options.
type Person struct {
	Base
	Name     string            `json:"name"`
	Age      int               `json:"age,omitempty"`
	Email    *string           `json:"email"`
	Tags     []string          `json:"tags"`
	Meta     map[string]int    `json:"meta,omitempty"`
	Address  *Address          `json:"address,omitempty"`
	Secret   string            `json:"-"`
	Dash     string            `json:"-,"`
	Count    int64             `json:"count,string"`
	Ratio    float64           `json:"ratio"`
	Active   bool              `json:"active"`
	Extra    any               `json:"extra"`
	Labels   map[string]string `json:"labels"`
	internal int
}

// Color unmarshals from its name.
type Color int

// UnmarshalJSON reads a color's name.
func (c *Color) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch s {
	case "red":
		*c = 0
	case "green":
		*c = 1
	case "blue":
		*c = 2
	default:
		return errors.New("unknown color " + s)
	}
	return nil
}

// Shape holds colors and a raw message decoded later.
type Shape struct {
	Kind   string          `json:"kind"`
	Fill   Color           `json:"fill"`
	Stroke *Color          `json:"stroke,omitempty"`
	Params json.RawMessage `json:"params"`
}

func main() {
	var q Person
	in := `{"id": 9, "NAME": "Grace", "age": 85, "email": null, "tags": ["navy", "cobol"], "meta": {"x": 1}, "address": {"street": "Arlington", "city": "VA"}, "count": "42", "ratio": 2.5e-1, "active": true, "extra": {"n": 1, "list": [1, "a", false]}, "unknown": 1, "-": "dash"}`
	err := json.Unmarshal([]byte(in), &q)
	fmt.Println(err)
	fmt.Printf("%+v %v %+v\n", q.Base, q.Email == nil, *q.Address)
	fmt.Println(q.Name, q.Age, q.Tags, q.Meta, q.Count, q.Ratio, q.Active, q.Dash)
	fmt.Printf("%v %T\n", q.Extra, q.Extra.(map[string]any)["n"])

	var anyv any
	json.Unmarshal([]byte(`[1, 2.5, "s", true, null, {"b": 2, "a": [1]}]`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv)
	var m map[string]int
	fmt.Println(json.Unmarshal([]byte(`{"a": 1, "b": 2}`), &m), m)
	var arr [2]int
	fmt.Println(json.Unmarshal([]byte(`[5, 6, 7]`), &arr), arr)
	var sl []float64
	fmt.Println(json.Unmarshal([]byte(`[1e3, -0.5]`), &sl), sl)

	var s Shape
	fmt.Println(json.Unmarshal([]byte(`{"kind": "sq", "fill": "green", "stroke": "blue", "params": {"side": [1, 2]}}`), &s), s.Kind, s.Fill, *s.Stroke, string(s.Params))
	fmt.Println(json.Unmarshal([]byte(`{"fill": "pink"}`), &s))

	var n int
	err = json.Unmarshal([]byte(`"x"`), &n)
	var ute *json.UnmarshalTypeError
	fmt.Println(err, errors.As(err, &ute))
	err = json.Unmarshal([]byte(`{"a": }`), &anyv)
	var se *json.SyntaxError
	fmt.Println(err, errors.As(err, &se), se.Offset)
	fmt.Println(json.Unmarshal([]byte(`300`), new(int8)))
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), &q))

	dec := json.NewDecoder(strings.NewReader(`{"n": 1} {"n": 2.50} [3] {"n": 12345678901234567890}`))
	dec.UseNumber()
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%v %T\n", v, v)
	}
	num := json.Number("3.25")
	f, _ := num.Float64()
	_, ierr := num.Int64()
	fmt.Println(num.String(), f, ierr)
}
