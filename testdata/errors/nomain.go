// A main package without func main: gc's linker rejects it ("function main is undeclared in the main package").

package main

func helper() int { return 1 }

var x = helper()
