module tsgo.test/gotest

go 1.19
