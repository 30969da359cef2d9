// Every file of a package must name the same package as the first one (`package x; expected package main`).

package main

func main() {}
