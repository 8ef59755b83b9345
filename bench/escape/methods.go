// Method values, interface boxes, small &T{} temporaries and variadic helpers: the
// allocations escape analysis keeps in the frame (bench/escape).
package main

import "fmt"

type vec struct{ x, y, z float64 }

func (v vec) dot(w vec) float64 { return v.x*w.x + v.y*w.y + v.z*w.z }
func (v *vec) scale(k float64)  { v.x *= k; v.y *= k; v.z *= k }

type shape interface{ area() float64 }
type rect struct{ w, h float64 }

func (r rect) area() float64 { return r.w * r.h }

func sum(xs ...float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}

func areaOf(s shape) float64 { return s.area() }

func apply(f func(float64) float64, x float64) float64 { return f(x) }

func main() {
	total := 0.0
	for i := 0; i < 2000000; i++ {
		v := &vec{float64(i), 1, 2}
		v.scale(0.5)
		d := v.dot
		total += d(vec{1, 1, 1})
		total += areaOf(rect{float64(i % 7), 2})
		total += sum(1, float64(i%3), 2)
		k := float64(i % 5)
		total += apply(func(x float64) float64 { return x * k }, 2)
		buf := make([]int, 8)
		buf[i%8] = i
		total += float64(buf[i%8] % 3)
	}
	fmt.Printf("%.1f\n", total)
}
