//go:build ignore

package main

func generator( {
