package main

func helper() {
	_ = p /* ERROR "undefined: p" */ .Exported
}
