// std: fmt — a nil pointer whose type's String method has a value receiver: calling the method through the pointer
// panics (gc's "value method called using nil pointer"), and fmt catches that panic and prints <nil>; a nil pointer
// receiver of a pointer method is called, and its own panic is printed as %!v(PANIC=String method: ...).
package main

import "fmt"

// Point has a String method on the value receiver, so *Point has one that dereferences the pointer.
type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

// Node has a String method on the pointer receiver that handles nil itself.
type Node struct{ Name string }

func (n *Node) String() string {
	if n == nil {
		return "nil node"
	}
	return "node " + n.Name
}

// Leaf has a pointer-receiver String that does not handle nil.
type Leaf struct{ V int }

func (l *Leaf) String() string { return fmt.Sprint("leaf ", l.V) }

func main() {
	var np *Point
	var nn *Node
	var nl *Leaf
	fmt.Printf("%v|%s|%+v|%d\n", np, np, np, np)
	fmt.Println(nn, &Node{"x"}, &Point{1, 2})
	fmt.Printf("%v|%s\n", nl, []fmt.Stringer{np, nn})
	fmt.Println(fmt.Sprint(np) == "<nil>")
}
