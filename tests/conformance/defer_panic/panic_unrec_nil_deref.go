package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func sum(n *Node) int {
	defer fmt.Println("sum defer")
	return n.Val + n.Next.Next.Val
}

func main() {
	fmt.Println("start")
	fmt.Println(sum(&Node{Val: 1, Next: &Node{Val: 2}}))
}
