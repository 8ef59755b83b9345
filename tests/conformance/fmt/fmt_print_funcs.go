package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "\n")
	fmt.Println("a", "b", 1, 2, true, nil)
	fmt.Println()
	s := fmt.Sprint("a", 1, 2, "b")
	fmt.Println(s, len(s))
	s = fmt.Sprint(1, 2)
	fmt.Println(s)
	s = fmt.Sprint("x", "y")
	fmt.Println(s)
	s = fmt.Sprintln("line", 1, 2.0)
	fmt.Printf("%q\n", s)
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	n, err = fmt.Printf("%d%s\n", 12, "ab")
	fmt.Println(n, err)
	n, _ = fmt.Print("")
	fmt.Println(n)
	fmt.Fprint(os.Stdout, "fprint", 1, "\n")
	fmt.Fprintln(os.Stdout, "fprintln", 2)
	fmt.Fprintf(os.Stdout, "fprintf %03d\n", 3)
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stderr, "stderr %v\n", []int{1})
	fmt.Fprint(os.Stderr, "fprint stderr\n")
	fmt.Print(nil, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print(1.5, 2.5, "\n")
	fmt.Print(struct{}{}, struct{}{}, "\n")
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil, nil), fmt.Sprint("a", nil))
	os.Stdout.WriteString("direct write\n")
	os.Stdout.Write([]byte("bytes write\n"))
}
