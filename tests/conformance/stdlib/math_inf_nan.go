package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(inf, ninf, nan)
	fmt.Println(inf+1, inf-inf, inf*0, -inf, inf/inf, 1/inf)
	fmt.Println(inf > math.MaxFloat64, ninf < -math.MaxFloat64, inf == inf)
	fmt.Println(nan == nan, nan < 0, nan > 0, nan != nan, math.IsNaN(nan+1))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Println(math.Sqrt(inf), math.Log(-1), math.Exp(1000), math.Exp(-1000))
	vals := []float64{3, nan, 1, inf, ninf, 2}
	mx, mn := ninf, inf
	for _, v := range vals {
		if v > mx {
			mx = v
		}
		if v < mn {
			mn = v
		}
	}
	fmt.Println(mx, mn)
	fmt.Println(math.Max(inf, nan), math.Min(ninf, 0))
	var f32 float32 = float32(inf)
	fmt.Println(f32, float32(nan))
	fmt.Printf("%v %.2f %e %g %5v|\n", inf, ninf, nan, inf, nan)
	fmt.Println(int64(math.Floor(1e10)))
}
