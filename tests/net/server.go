// An HTTP server run by tests/net/run.sh: it prints the address it listens on, answers
// curl, and shuts down gracefully on SIGTERM (sent with kill), saying so.
package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello %s\n", r.URL.Query().Get("name"))
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		w.Header().Set("X-Length", fmt.Sprint(len(b)))
		w.Write([]byte(strings.ToUpper(string(b))))
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	srv := &http.Server{Handler: mux}
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM)
	go func() {
		s := <-stop
		fmt.Println("got", s)
		srv.Shutdown(context.Background())
	}()
	fmt.Println(ln.Addr().String())
	if err := srv.Serve(ln); err != http.ErrServerClosed {
		fmt.Println("serve:", err)
		os.Exit(1)
	}
	fmt.Println("shut down")
}
