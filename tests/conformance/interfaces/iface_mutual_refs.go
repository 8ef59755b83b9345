// Interfaces that refer to each other through embedding and method signatures.
package main

import "fmt"

type Node interface {
	Children() []Tree
	Name() string
}

type Tree interface {
	Node
	Parent() Node
}

type Visitor interface {
	Visit(n Walker) Visitor
}

type Walker interface {
	Visitor
	Walk(v Visitor)
}

type leaf struct {
	name   string
	parent Node
}

func (l *leaf) Children() []Tree { return nil }
func (l *leaf) Name() string     { return l.name }
func (l *leaf) Parent() Node     { return l.parent }

type branch struct {
	leaf
	kids []Tree
}

func (b *branch) Children() []Tree { return b.kids }

type printer struct{ depth int }

func (p printer) Visit(n Walker) Visitor { return printer{p.depth + 1} }

type walker struct{ printer }

func (w walker) Walk(v Visitor) { fmt.Println("walk", v.(printer).depth) }

func count(n Node) int {
	c := 1
	for _, k := range n.Children() {
		c += count(k)
	}
	return c
}

func main() {
	root := &branch{leaf: leaf{name: "root"}}
	for i := 0; i < 3; i++ {
		root.kids = append(root.kids, &leaf{name: fmt.Sprint("kid", i), parent: root})
	}
	var t Tree = root.kids[1]
	fmt.Println(t.Name(), t.Parent().Name(), count(root))
	var w Walker = walker{}
	v := w.Visit(w)
	w.Walk(v)
	var n Node = t
	if tt, ok := n.(Tree); ok {
		fmt.Println("tree", tt.Name())
	}
}
