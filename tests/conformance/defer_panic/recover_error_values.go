package main

import (
	"errors"
	"fmt"
	"os"
)

type ValidationError struct {
	Field string
	Err   error
}

func (v *ValidationError) Error() string { return v.Field + ": " + v.Err.Error() }
func (v *ValidationError) Unwrap() error { return v.Err }

var ErrEmpty = errors.New("empty value")

func validate(field, value string) {
	if value == "" {
		panic(&ValidationError{field, ErrEmpty})
	}
	if len(value) > 5 {
		panic(fmt.Errorf("%s too long (%d)", field, len(value)))
	}
}

func check(field, value string) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case *ValidationError:
			err = r
		case error:
			err = fmt.Errorf("other: %w", r)
		default:
			err = fmt.Errorf("unknown panic %v", r)
		}
	}()
	validate(field, value)
	return nil
}

func main() {
	for _, c := range [][2]string{{"name", "bob"}, {"name", ""}, {"city", "Amsterdam"}} {
		err := check(c[0], c[1])
		var ve *ValidationError
		fmt.Println(err, errors.Is(err, ErrEmpty), errors.As(err, &ve))
	}
	fmt.Fprintln(os.Stdout, "done")
}
