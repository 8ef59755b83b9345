package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func main() {
	name := "/tmp/golite_conformance_os_file_roundtrip.txt"
	if err := os.WriteFile(name, []byte("line one\nline two\n"), 0644); err != nil {
		fmt.Println("write:", err)
		return
	}
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	f, err := os.Open(name)
	if err != nil {
		fmt.Println("open:", err)
		return
	}
	buf := make([]byte, 5)
	for {
		n, err := f.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	fmt.Println(f.Close(), f.Close() != nil)
	g, _ := os.Create(name)
	fmt.Fprintf(g, "%d-%s\n", 42, "x")
	g.WriteString("more\n")
	g.Close()
	data, _ = os.ReadFile(name)
	fmt.Printf("%q\n", data)
	fmt.Println(os.Remove(name))
	err = os.Remove(name)
	fmt.Println(err, errors.Is(err, os.ErrNotExist))
	_, err = os.ReadFile(name)
	fmt.Println(err)
	fmt.Fprintln(os.Stdout, "to stdout via Fprintln")
	n, err := os.Stdout.Write([]byte("direct write\n"))
	fmt.Println(n, err)
	fmt.Println(os.Getenv("GOLITE_SURELY_UNSET") == "", len(os.Args) > 0)
	_, ok := os.LookupEnv("GOLITE_SURELY_UNSET")
	fmt.Println(ok)
	os.Setenv("GOLITE_TEST_VAR", "v1")
	fmt.Println(os.Getenv("GOLITE_TEST_VAR"))
}
