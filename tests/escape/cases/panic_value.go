package main

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

// A panic's argument escapes (it is an interface value that outlives the frame).
func fail(msg string) {
	panic(&MyErr{msg})
}

func try() (s string) {
	defer func() {
		r := recover()
		s = r.(error).Error()
	}()
	fail("boom")
	return "no"
}

func main() {
	println(try())
}
