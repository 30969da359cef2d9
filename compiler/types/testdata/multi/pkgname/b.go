package other /* ERROR "package other; expected package main" */

func f() {}
