package main

import (
	"context"
	"fmt"
)

type key string
type otherKey int

func main() {
	ctx := context.WithValue(context.Background(), key("user"), "gopher")
	ctx = context.WithValue(ctx, key("id"), 42)
	ctx = context.WithValue(ctx, otherKey(1), "one")
	fmt.Println(ctx.Value(key("user")), ctx.Value(key("id")), ctx.Value(otherKey(1)))
	fmt.Println(ctx.Value(key("missing")), ctx.Value("user"), ctx.Value(otherKey(2)))

	// Shadowing.
	inner := context.WithValue(ctx, key("user"), "admin")
	fmt.Println(inner.Value(key("user")), ctx.Value(key("user")))

	// Values pass through cancel contexts.
	c, cancel := context.WithCancel(inner)
	fmt.Println(c.Value(key("id")))
	cancel()
	fmt.Println(c.Value(key("id")), c.Err())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(ctx, nil, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(ctx, []int{1}, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(nil, 1, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithCancel(nil)
	}()
	fmt.Println(context.WithValue(context.Background(), key("a"), "b"))
}
