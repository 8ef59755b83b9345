// golite's addition to Go's internal/poll (cli/loader.h adds it to Go's files): in Go, os
// imports internal/poll and its ErrDeadlineExceeded is poll's, so errors.Is(err,
// os.ErrDeadlineExceeded) holds for a network timeout. golite's os does not import
// internal/poll (programs without the network start quicker); once this package exists,
// its error becomes os's too (stdlib/poll.cpp).
package poll

func init() { shareDeadlineError(ErrDeadlineExceeded) }

func shareDeadlineError(err error)
