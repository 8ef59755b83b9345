package main

import "testing"

func TestDouble(t *testing.T) {
	for i := 0; i < 5; i++ {
		if double(i) != i+i {
			t.Fatalf("double(%d) = %d", i, double(i))
		}
	}
}

func TestMainRuns(t *testing.T) {
	main() // the package's main is an ordinary function under test
}

func BenchmarkDouble(b *testing.B) {
	for i := 0; i < b.N; i++ {
		double(i)
	}
}
