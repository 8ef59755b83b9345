package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", len(a), len(a[0]), len(b), len(b[0]))
	}
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out, nil
}

func (a Matrix) Transpose() Matrix {
	t := New(len(a[0]), len(a))
	for i := range a {
		for j := range a[i] {
			t[j][i] = a[i][j]
		}
	}
	return t
}

func (a Matrix) String() string {
	var sb strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%7.2f", v)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func det(m Matrix) float64 {
	n := len(m)
	if n == 1 {
		return m[0][0]
	}
	if n == 2 {
		return m[0][0]*m[1][1] - m[0][1]*m[1][0]
	}
	d := 0.0
	sign := 1.0
	for c := 0; c < n; c++ {
		sub := New(n-1, n-1)
		for i := 1; i < n; i++ {
			k := 0
			for j := 0; j < n; j++ {
				if j == c {
					continue
				}
				sub[i-1][k] = m[i][j]
				k++
			}
		}
		d += sign * m[0][c] * det(sub)
		sign = -sign
	}
	return d
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err)
	fmt.Print(a.Transpose())
	i3 := Identity(3)
	d, _ := b.Transpose().Mul(i3)
	fmt.Print(d)
	m := Matrix{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}
	fmt.Println("det:", det(m))
	p := Identity(2)
	f := Matrix{{1, 1}, {1, 0}}
	for i := 0; i < 30; i++ {
		p, _ = p.Mul(f)
	}
	fmt.Printf("fib via matrix: %.0f\n", p[0][1])
	n := 40
	big := New(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			big[i][j] = float64((i*j)%7) - 3
		}
	}
	sq, _ := big.Mul(big)
	tr := 0.0
	for i := 0; i < n; i++ {
		tr += sq[i][i]
	}
	fmt.Println("trace:", tr)
}
