package main

import (
	"errors"
	"fmt"
)

type Resource struct {
	name   string
	closed bool
}

var opened []*Resource

func Open(name string) (*Resource, error) {
	if name == "bad" {
		return nil, errors.New("cannot open " + name)
	}
	r := &Resource{name: name}
	opened = append(opened, r)
	fmt.Println("open", name)
	return r, nil
}

func (r *Resource) Close() error {
	if r.closed {
		return errors.New("double close of " + r.name)
	}
	r.closed = true
	fmt.Println("close", r.name)
	return nil
}

func useAll(names ...string) (err error) {
	for _, n := range names {
		r, oerr := Open(n)
		if oerr != nil {
			return oerr
		}
		defer func() {
			if cerr := r.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	fmt.Println("using", len(names), "resources")
	return nil
}

func main() {
	fmt.Println("result:", useAll("db", "cache", "log"))
	fmt.Println("result:", useAll("a", "b", "bad", "c"))
	for _, r := range opened {
		fmt.Println(r.name, "closed:", r.closed)
	}
}
