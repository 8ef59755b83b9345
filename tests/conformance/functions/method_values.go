package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Get() int   { return c.n }
func (c Counter) Add(k int) int { return c.n + k }

type Greeter string

func (g Greeter) Hello(name string) string { return string(g) + ", " + name }

func main() {
	c := &Counter{}
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n)
	get := c.Get // receiver copied now
	c.Inc()
	fmt.Println(get(), c.Get())
	v := Counter{5}
	add := v.Add
	v.n = 100
	fmt.Println(add(1))
	pinc := v.Inc // &v bound
	pinc()
	fmt.Println(v.n)
	g := Greeter("hi")
	h := g.Hello
	fmt.Println(h("bob"))
	fs := []func(){c.Inc, c.Inc, c.Inc}
	for _, f := range fs {
		f()
	}
	fmt.Println(c.n)
	var getter func() int = c.Get
	fmt.Println(getter())
	fmt.Printf("%T\n", h)
}
