// Qualified identifiers of an imported package: only exported names are visible (`name x not exported by package
// p`), a name the package does not declare is undefined, and a second file of the same package sees the import only
// through its own import declaration.

package main

import "p"

var _ = p.Exported
var _ = p.unexported /* ERROR "unexported not exported by package p" */
var _ = p.missing /* ERROR "undefined: p.missing" */
var _ p.T
var _ p.t /* ERROR "t not exported by package p" */

func main() {
	var t p.T
	_ = t.Field
	helper()
}
