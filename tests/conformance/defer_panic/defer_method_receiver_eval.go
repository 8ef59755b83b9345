package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) ShowValue(tag string) { fmt.Println(tag, "value receiver:", c.name, c.n) }
func (c *Counter) ShowPtr(tag string)  { fmt.Println(tag, "pointer receiver:", c.name, c.n) }

type Shower interface{ ShowValue(string) }

func main() {
	c := Counter{"c", 1}
	defer c.ShowValue("1")
	defer c.ShowPtr("2")
	var s Shower = c
	defer s.ShowValue("3")
	p := &c
	defer p.ShowValue("4")
	m := c.ShowValue
	defer m("5")
	c.n = 10
	c.name = "changed"
	p = &Counter{"other", 7}
	s = Counter{"iface-other", 8}
	_ = s
	_ = p
	fmt.Println("main end", c.n)
}
