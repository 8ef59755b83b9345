package main

import "fmt"

type ValidationError struct {
	Field string
}

func (v *ValidationError) Error() string { return "invalid field " + v.Field }

func main() {
	fmt.Println("validating")
	panic(&ValidationError{"email"})
}
