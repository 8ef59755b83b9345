package a

type Node interface{ node() string }

type T struct{ Name string }

func (t *T) node() string { return "T:" + t.Name }

func Show(n Node) string { return n.node() }
