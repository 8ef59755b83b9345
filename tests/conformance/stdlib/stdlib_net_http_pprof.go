// net/http/pprof from Go's source: the index page, the goroutine and heap profiles as
// text, a CPU profile of a second (gzip'd protobuf), the command line and symbol lookup
// (POSTed program counters), served by httptest. Facts independent of addresses.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/pprof"
	"runtime"
	"strings"
)

func get(srv *httptest.Server, path string) (int, string) {
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	code, body := get(srv, "/debug/pprof/")
	fmt.Println("index:", code, strings.Contains(body, "Types of profiles available"))
	for _, p := range []string{"allocs", "block", "goroutine", "heap", "mutex", "threadcreate"} {
		fmt.Println("  lists", p, strings.Contains(body, `href='`+p+`?debug=1'`))
	}

	code, body = get(srv, "/debug/pprof/goroutine?debug=1")
	fmt.Println("goroutine:", code, strings.HasPrefix(body, "goroutine profile: total "))
	fmt.Println("  serving goroutine listed:", strings.Contains(body, "net/http.(*conn).serve+"))

	code, body = get(srv, "/debug/pprof/heap?debug=1")
	fmt.Println("heap:", code, strings.HasPrefix(body, "heap profile: "), strings.Contains(body, "# runtime.MemStats"))

	code, body = get(srv, "/debug/pprof/cmdline")
	fmt.Println("cmdline:", code, len(body) > 0)

	code, body = get(srv, "/debug/pprof/profile?seconds=1")
	zr, err := gzip.NewReader(strings.NewReader(body))
	var raw []byte
	if err == nil {
		raw, err = io.ReadAll(zr)
	}
	fmt.Println("profile:", code, err, len(raw) > 50)

	// Symbol lookup: a program counter runtime.Callers gave.
	pcs := make([]uintptr, 1)
	runtime.Callers(1, pcs)
	resp, err := http.Post(srv.URL+"/debug/pprof/symbol", "text/plain", bytes.NewBufferString(fmt.Sprintf("%#x", pcs[0])))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	fmt.Println("symbol:", resp.StatusCode, lines[0], len(lines), strings.HasPrefix(lines[1], "0x"))
}
