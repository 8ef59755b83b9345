// Package store keeps named values in insertion order.
package store

import (
	"fmt"
	"sort"
)

type Store struct {
	m    map[string]int
	keys []string
}

func New() *Store { return &Store{m: map[string]int{}} }

func (s *Store) Put(k string, v int) {
	if _, ok := s.m[k]; !ok {
		s.keys = append(s.keys, k)
	}
	s.m[k] = v
}

func (s *Store) Keys() []string {
	k := append([]string(nil), s.keys...)
	sort.Strings(k)
	return k
}

func (s *Store) Sum() int {
	t := 0
	for _, v := range s.m {
		t += v
	}
	return t
}

func init() { fmt.Println("init store") }
