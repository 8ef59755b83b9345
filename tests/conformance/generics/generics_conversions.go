package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int32 | ~int64 | ~uint8 | ~float32 | ~float64
}

type Celsius float64
type Small int8

func ToFloat[T Number](x T) float64 { return float64(x) }

func ToInt[T Number](x T) int { return int(x) }

func Convert[To, From Number](x From) To { return To(x) }

func ConvertAll[To, From Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Average[T Number](xs []T) T {
	var sum float64
	for _, x := range xs {
		sum += float64(x)
	}
	return T(sum / float64(len(xs)))
}

// Conversion between a type parameter and string/bytes/runes.
func AsBytes[T ~string](s T) []byte             { return []byte(s) }
func AsRunes[T ~string](s T) []rune             { return []rune(s) }
func FromBytes[T ~string | ~[]byte](b []byte) T { return T(b) }
func FromRune[T ~string](r rune) T              { return T(r) }

type Name string

// Converting from an untyped constant.
func Hundred[T Number]() T { return T(100) }

// Converting a type parameter to an interface and back.
func RoundTrip[T any](x T) T {
	var i interface{} = x
	return i.(T)
}

func main() {
	fmt.Println(ToFloat(3), ToFloat(int8(-4)), ToFloat(uint8(250)), ToFloat(float32(0.5)), ToFloat(Celsius(36.6)))
	fmt.Println(ToInt(3.99), ToInt(-3.99), ToInt(Celsius(-0.5)), ToInt(uint8(255)), ToInt(Small(-1)))

	fmt.Printf("%T %v\n", Convert[int8](300), Convert[int8](300))
	fmt.Printf("%T %v\n", Convert[uint8](-1), Convert[uint8](-1))
	fmt.Printf("%T %v\n", Convert[float32](1.0/3), Convert[float32](1.0/3))
	fmt.Printf("%T %v\n", Convert[Celsius](int32(20)), Convert[Celsius](int32(20)))
	fmt.Printf("%T %v\n", Convert[Small, float64](127.9), Convert[Small, float64](127.9))
	fmt.Printf("%T %v\n", Convert[int64](Small(-8)), Convert[int64](Small(-8)))

	fmt.Println(ConvertAll[int]([]float64{1.1, 2.9, -3.5}))
	fmt.Println(ConvertAll[float64]([]int32{1, 2, 3}))
	fmt.Println(ConvertAll[uint8]([]int{256, 257, -2}))
	fmt.Printf("%T\n", ConvertAll[Celsius]([]int{1}))

	fmt.Println(Average([]int{1, 2, 4}), Average([]float64{1, 2, 4}), Average([]Celsius{20, 21}))
	fmt.Println(Average([]uint8{200, 250}), Average([]int8{-3, -4}))

	fmt.Println(AsBytes("héllo"), AsBytes(Name("ab")))
	fmt.Println(AsRunes("héllo"), len(AsRunes("héllo")))
	fmt.Printf("%T %q\n", FromBytes[string]([]byte("xyz")), FromBytes[string]([]byte("xyz")))
	fmt.Printf("%T %q\n", FromBytes[Name]([]byte("nm")), FromBytes[Name]([]byte("nm")))
	fmt.Printf("%T %v\n", FromBytes[[]byte]([]byte("b")), FromBytes[[]byte]([]byte("b")))
	fmt.Printf("%q %q\n", FromRune[string]('é'), FromRune[Name](0x4e16))

	fmt.Println(Hundred[int](), Hundred[float32](), Hundred[uint8](), Hundred[Celsius]())
	fmt.Println(RoundTrip(5), RoundTrip("s"), RoundTrip([]int{1}), RoundTrip(Celsius(1)))
}
