// net/http from Go's source on golite's network poller: a server and a client in one
// program, httptest, JSON, headers, redirects, cookies, timeouts, keep-alive, many
// concurrent requests, and a graceful shutdown.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"
)

type item struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

func newMux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Golite", "yes")
		fmt.Fprintf(w, "hello %s via %s\n", r.URL.Query().Get("name"), r.Method)
	})
	mux.HandleFunc("/items", func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodPost:
			var it item
			if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
				http.Error(w, "bad json: "+err.Error(), http.StatusBadRequest)
				return
			}
			it.ID = 42
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusCreated)
			json.NewEncoder(w).Encode(it)
		default:
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		}
	})
	mux.HandleFunc("/form", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		keys := make([]string, 0, len(r.Form))
		for k := range r.Form {
			keys = append(keys, k+"="+r.Form.Get(k))
		}
		sort.Strings(keys)
		fmt.Fprint(w, strings.Join(keys, "&"))
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/hello?name=redirected", http.StatusFound)
	})
	mux.HandleFunc("/cookie", func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("session"); err == nil {
			fmt.Fprintf(w, "cookie %s", c.Value)
			return
		}
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "abc123", Path: "/"})
		fmt.Fprint(w, "set")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
			fmt.Fprint(w, "late")
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/stream", func(w http.ResponseWriter, r *http.Request) {
		f := w.(http.Flusher)
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "chunk %d\n", i)
			f.Flush()
		}
	})
	return mux
}

func get(c *http.Client, u string) string {
	resp, err := c.Get(u)
	if err != nil {
		return "error: " + err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return fmt.Sprintf("%d %q", resp.StatusCode, string(b))
}

func main() {
	ts := httptest.NewServer(newMux())
	defer ts.Close()
	c := ts.Client()

	fmt.Println(get(c, ts.URL+"/hello?name=gopher"))
	fmt.Println(get(c, ts.URL+"/nothing"))
	fmt.Println(get(c, ts.URL+"/items"))
	fmt.Println(get(c, ts.URL+"/redirect"))

	resp, err := c.Post(ts.URL+"/items", "application/json", strings.NewReader(`{"name":"widget"}`))
	if err == nil {
		var it item
		json.NewDecoder(resp.Body).Decode(&it)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, resp.Header.Get("Content-Type"), it.ID, it.Name)
	}
	resp, _ = c.Post(ts.URL+"/items", "application/json", strings.NewReader(`{bad`))
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, strings.TrimSpace(string(b)))

	resp, _ = c.PostForm(ts.URL+"/form?q=1", url.Values{"b": {"two"}, "a": {"one"}})
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(string(b))

	// Cookies through a jar-less client: set by hand.
	req, _ := http.NewRequest("GET", ts.URL+"/cookie", nil)
	resp, _ = c.Do(req)
	cookies := resp.Cookies()
	resp.Body.Close()
	fmt.Println(len(cookies), cookies[0].Name, cookies[0].Value)
	req, _ = http.NewRequest("GET", ts.URL+"/cookie", nil)
	req.AddCookie(cookies[0])
	resp, _ = c.Do(req)
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(string(b))

	// A client timeout, and a request cancelled by its context.
	tc := &http.Client{Timeout: 100 * time.Millisecond}
	_, err = tc.Get(ts.URL + "/slow")
	var ue *url.Error
	fmt.Println("timeout:", errors.As(err, &ue) && ue.Timeout())
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	req, _ = http.NewRequestWithContext(ctx, "GET", ts.URL+"/slow", nil)
	_, err = c.Do(req)
	cancel()
	fmt.Println("cancelled:", errors.Is(err, context.DeadlineExceeded))

	fmt.Println(get(c, ts.URL+"/stream"))

	// Many concurrent requests over kept-alive connections.
	var wg sync.WaitGroup
	var mu sync.Mutex
	ok := 0
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s := get(c, fmt.Sprintf("%s/hello?name=n%d", ts.URL, i))
			if strings.HasPrefix(s, "200") && strings.Contains(s, fmt.Sprintf("n%d ", i)) {
				mu.Lock()
				ok++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("concurrent ok:", ok)

	// httptest.ResponseRecorder: a handler without a network.
	rec := httptest.NewRecorder()
	newMux().ServeHTTP(rec, httptest.NewRequest("GET", "/hello?name=rec", nil))
	fmt.Println(rec.Code, rec.Header().Get("X-Golite"), strings.TrimSpace(rec.Body.String()))

	// A server of our own, shut down gracefully.
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	srv := &http.Server{Handler: newMux()}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	fmt.Println(get(http.DefaultClient, "http://"+ln.Addr().String()+"/hello?name=own"))
	sctx, scancel := context.WithTimeout(context.Background(), time.Second)
	fmt.Println("shutdown:", srv.Shutdown(sctx))
	scancel()
	fmt.Println("serve:", <-done)
}
