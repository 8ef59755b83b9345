package main

import "fmt"

type Config struct {
	Name    string
	Retries int
	Opts    map[string]bool
}

func main() {
	p := new(int)
	fmt.Println(*p)
	*p = 7
	fmt.Println(*p)
	s := new(string)
	*s += "hi"
	fmt.Println(*s, len(*s))
	c := new(Config)
	fmt.Println(c.Name == "", c.Retries, c.Opts == nil)
	c.Retries = 3
	c.Opts = map[string]bool{"v": true}
	fmt.Println(*c)
	fmt.Printf("%+v\n", *c)
	arr := new([4]int)
	arr[2] = 5
	fmt.Println(*arr, len(arr))
	sl := new([]int)
	*sl = append(*sl, 1, 2)
	fmt.Println(*sl)
	m := new(map[string]int)
	fmt.Println(*m == nil)
	pp := new(*int)
	*pp = p
	**pp = 8
	fmt.Println(*p)
	b := new(bool)
	fmt.Println(*b)
	f := new(float64)
	*f = 2.5
	fmt.Println(*f * 2)
	a1, a2 := new(int), new(int)
	fmt.Println(a1 != a2)
	type Empty struct{}
	e := new(Empty)
	fmt.Println(*e)
}
