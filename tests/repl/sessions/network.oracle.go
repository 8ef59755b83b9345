// The network session's expected stdout, printed by go itself (see values.oracle.go for
// the format).
package main

import (
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
)

func show(v interface{}, typ string) {
	switch v.(type) {
	case int:
		fmt.Printf("%v  // %s\n", v, typ)
	default:
		fmt.Printf("%#v  // %s\n", v, typ)
	}
}

func main() {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("from repl " + r.URL.Path)) }))
	resp, err := http.Get(ts.URL + "/a")
	b, _ := io.ReadAll(resp.Body)
	show(string(b), "string")
	fmt.Printf("%v  // error\n", err)
	show(resp.StatusCode, "int")
	ts.Close()
	show(len(os.Args), "int")
	flag.Parse()
	show(flag.NArg(), "int")
}
