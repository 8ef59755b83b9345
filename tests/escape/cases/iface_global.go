package main

var sink interface{}

type T struct{ a int }

// Converting to interface{} and storing in a global escapes the value.
func storeInt(x int) { sink = x }

func storeStruct() { sink = T{7} }

func storePtr() {
	t := &T{8}
	sink = t
}

func storeString(s string) { sink = s }

func main() {
	storeInt(1)
	println(sink.(int))
	storeStruct()
	println(sink.(T).a)
	storePtr()
	println(sink.(*T).a)
	storeString("hi")
	println(sink.(string))
}
