// mandelbrot: escape-time iteration over an n x n grid; prints a checksum instead
// of the image.
package main

import "fmt"

func main() {
	n := 750 // quick: 60
	maxIter := 50
	inside := 0
	iters := 0
	hash := 0
	for y := 0; y < n; y++ {
		ci := 2.0*float64(y)/float64(n) - 1.0
		row := 0
		for x := 0; x < n; x++ {
			cr := 2.0*float64(x)/float64(n) - 1.5
			zr, zi := 0.0, 0.0
			i := 0
			for i < maxIter {
				tr := zr*zr - zi*zi + cr
				ti := 2.0*zr*zi + ci
				zr = tr
				zi = ti
				if zr*zr+zi*zi > 4.0 {
					break
				}
				i++
			}
			iters += i
			if i == maxIter {
				inside++
				row++
			}
		}
		hash = (hash*31 + row) % 1000000007
	}
	fmt.Printf("mandelbrot(%d): inside=%d iterations=%d hash=%d\n", n, inside, iters, hash)
}
