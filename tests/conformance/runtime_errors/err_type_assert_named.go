package main

import "fmt"

type Reader interface{ Read() string }
type File struct{}
type Pipe struct{}

func (File) Read() string  { return "file" }
func (*Pipe) Read() string { return "pipe" }

func main() {
	var r Reader = File{}
	fmt.Println(r.Read())
	p := r.(*Pipe)
	fmt.Println(p)
}
