// Package errors: declarations for golite (Go 1.19 API subset).
package errors

type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

// New returns an error that formats as the given text.
func New(text string) error { return &errorString{text} }

// Unwrap returns the result of calling the Unwrap method on err, if any.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain matches target.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	for {
		if err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that matches target, and if one is found, sets
// target to that error value and returns true. target must be a non-nil pointer to an
// interface type or to a type implementing error.
func As(err error, target any) bool {
	switch asCheck(target) {
	case 1:
		panic("errors: target cannot be nil")
	case 2:
		panic("errors: target must be a non-nil pointer")
	case 3:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if asAssign(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// asCheck validates As's target: 0 ok, 1 nil, 2 not a non-nil pointer, 3 *target neither
// an interface nor an error type (stdlib/errors.cpp).
func asCheck(target any) int

// asAssign stores err in *target if err's dynamic type is assignable to *target's type.
func asAssign(err error, target any) bool
