package main

var sink interface{}

// leak keeps its interface argument; check only looks at it.
func leak(v interface{}) { sink = v }

func check(v interface{}) bool { return v != nil }

func kind(v interface{}) int {
	switch v.(type) {
	case int:
		return 1
	case string:
		return 2
	}
	return 0
}

func main() {
	x := 42
	leak(x)
	y := 43
	ok := check(y)
	s := "str"
	println(ok, kind(s), kind(x), sink.(int))
}
