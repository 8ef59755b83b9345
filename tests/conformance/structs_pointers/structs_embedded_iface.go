package main

import "fmt"

type Logger interface{ Log(string) string }

type prefixLogger struct{ prefix string }

func (p prefixLogger) Log(s string) string { return p.prefix + s }

type Service struct {
	Logger
	name string
}

func (s Service) Run() string { return s.Log("running " + s.name) }

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

type Wrapped struct {
	Counter
}

type Incer interface{ Inc() int }

func main() {
	s := Service{prefixLogger{"[svc] "}, "db"}
	fmt.Println(s.Run())
	fmt.Println(s.Log("direct"))
	var l Logger = s
	fmt.Println(l.Log("via iface"))
	s.Logger = prefixLogger{"[new] "}
	fmt.Println(s.Run())
	w := &Wrapped{}
	w.Inc()
	w.Inc()
	var i Incer = w
	fmt.Println(i.Inc(), w.n, w.Counter.n)
	ws := Wrapped{Counter{10}}
	ws.Inc()
	fmt.Println(ws.n)
}
