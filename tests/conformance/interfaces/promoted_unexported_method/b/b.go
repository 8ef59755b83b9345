package b

import "em/a"

type Wrap struct {
	Extra int
	*a.T
}

func Make() a.Node { return Wrap{1, &a.T{Name: "x"}} }
