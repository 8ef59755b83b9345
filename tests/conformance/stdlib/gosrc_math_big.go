// math/big, compiled from Go's source: Int arithmetic and number theory, conversions and
// formatting through fmt.Formatter, scanning through fmt.Scanner, Rat and Float.
package main

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	// Int arithmetic.
	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b := big.NewInt(987654321)
	var z big.Int
	fmt.Println(z.Add(a, b), z.Sub(a, b), z.Mul(a, b))
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	fmt.Println(q, r)
	d, m := new(big.Int).DivMod(big.NewInt(-7), big.NewInt(3), new(big.Int))
	fmt.Println(d, m, new(big.Int).Quo(big.NewInt(-7), big.NewInt(3)), new(big.Int).Rem(big.NewInt(-7), big.NewInt(3)))
	fmt.Println(a.Cmp(b), b.Cmp(a), a.Cmp(a), a.Sign(), new(big.Int).Neg(a).Sign(), a.BitLen())

	// Factorial and powers.
	f := big.NewInt(1)
	for i := int64(1); i <= 50; i++ {
		f.Mul(f, big.NewInt(i))
	}
	fmt.Println("50! =", f)
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(200), nil))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), big.NewInt(1000000007)))
	fmt.Println(new(big.Int).Lsh(big.NewInt(1), 100), new(big.Int).Rsh(a, 10))

	// Number theory.
	x, y := new(big.Int), new(big.Int)
	g := new(big.Int).GCD(x, y, big.NewInt(240), big.NewInt(46))
	fmt.Println(g, x, y)
	fmt.Println(new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)))
	fmt.Println(new(big.Int).Sqrt(a))
	p, _ := new(big.Int).SetString("170141183460469231731687303715884105727", 10) // 2^127-1
	fmt.Println(p.ProbablyPrime(20), new(big.Int).Add(p, big.NewInt(2)).ProbablyPrime(20), big.NewInt(97).ProbablyPrime(0))
	fmt.Println(big.Jacobi(big.NewInt(5), big.NewInt(21)))

	// Bits.
	fmt.Println(new(big.Int).And(a, b), new(big.Int).Or(big.NewInt(12), big.NewInt(3)), new(big.Int).Xor(big.NewInt(12), big.NewInt(10)), new(big.Int).Not(big.NewInt(5)))
	fmt.Println(a.Bit(0), a.TrailingZeroBits(), new(big.Int).SetBit(big.NewInt(0), 70, 1))

	// Conversions.
	fmt.Println(a.Text(16), a.Text(2), a.Text(36), a.String())
	h, ok := new(big.Int).SetString("-0x1f_ff", 0)
	fmt.Println(h, ok)
	_, ok = new(big.Int).SetString("12a", 10)
	fmt.Println(ok)
	fmt.Println(b.Int64(), b.Uint64(), b.IsInt64(), a.IsInt64(), new(big.Int).SetBytes([]byte{1, 0}).Int64(), b.Bytes())
	fmt.Println(string(a.Append([]byte("n="), 10)))
	fl, acc := new(big.Float).SetInt(a).Float64()
	fmt.Println(fl, acc)

	// Format: verbs, widths and flags.
	n := big.NewInt(-255)
	fmt.Printf("%d|%x|%X|%o|%O|%b|%s|%v\n", n, n, n, n, n, n, n, n)
	fmt.Printf("%#x|%#o|%+d|% d|%8d|%-8d|%08d|%.5d|%q\n", n, n, big.NewInt(5), big.NewInt(5), n, n, n, n, n)
	fmt.Printf("%v %s\n", []*big.Int{a, b}, (*big.Int)(nil))
	fmt.Println(fmt.Sprint(a), fmt.Sprintf("%10.3v|", big.NewInt(7)))

	// Scanning.
	var s1, s2 big.Int
	c, err := fmt.Sscan("  98765432109876543210 -0x10", &s1, &s2)
	fmt.Println(c, err, &s1, &s2)
	var s3 big.Int
	c, err = fmt.Sscanf("ff 17", "%x", &s3)
	fmt.Println(c, err, &s3)
	c, err = fmt.Sscan("zz", &s3)
	fmt.Println(c, err)
	var rs big.Rat
	var fs big.Float
	c, err = fmt.Sscan("3/6 2.5e3", &rs, &fs)
	fmt.Println(c, err, &rs, &fs)

	// Rat.
	r1 := big.NewRat(1, 3)
	r2 := big.NewRat(1, 6)
	fmt.Println(new(big.Rat).Add(r1, r2), new(big.Rat).Mul(r1, r2), new(big.Rat).Quo(r1, r2), new(big.Rat).Sub(r2, r1))
	r3, _ := new(big.Rat).SetString("3.125")
	fmt.Println(r3, r3.FloatString(5), r3.Num(), r3.Denom(), r3.IsInt(), r3.RatString())
	f64, exact := r1.Float64()
	fmt.Println(f64, exact, new(big.Rat).SetFloat64(0.75))

	// Float.
	sq := new(big.Float).SetPrec(200)
	sq.Sqrt(big.NewFloat(2))
	fmt.Println(sq.Text('g', 50), sq.Prec(), sq.MinPrec())
	fmt.Println(big.NewFloat(1.5).Text('f', 3), big.NewFloat(1e100).Text('e', 5), big.NewFloat(math.Pi).String())
	x1 := new(big.Float).SetPrec(100).SetInt64(1)
	x1.Quo(x1, big.NewFloat(3))
	fmt.Printf("%.40f %g %v %10.3f|\n", x1, x1, x1, big.NewFloat(2.5))
	fp, _, err := big.ParseFloat("1.25e-2", 10, 64, big.ToNearestEven)
	fmt.Println(fp, err, fp.Sign(), fp.IsInt(), new(big.Float).SetInf(true))
	i, acc2 := big.NewFloat(12.75).Int(nil)
	fmt.Println(i, acc2, big.NewFloat(2).Cmp(big.NewFloat(3)))
	e := new(big.Float).SetPrec(64)
	e.SetMantExp(big.NewFloat(0.5), 10)
	fmt.Println(e, e.MantExp(nil))
}
