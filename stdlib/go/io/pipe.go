package io

import "sync"

// pipe is the state both ends share. A write hands its bytes to readers through wr, one
// chunk per read, and waits until readers have taken all of them (each read reports how
// much it took on rd); closing either end closes done, which every waiter selects on.
type pipe struct {
	wrMu sync.Mutex // serializes writes: one write's chunks are not interleaved
	wr   chan []byte
	rd   chan int

	once sync.Once
	done chan struct{}
	mu   sync.Mutex
	rerr error // why the read end closed (returned to writers)
	werr error // why the write end closed (returned to readers)
}

func (p *pipe) read(b []byte) (int, error) {
	select {
	case <-p.done:
		return 0, p.readCloseError()
	default:
	}
	select {
	case bw := <-p.wr:
		n := copy(b, bw)
		p.rd <- n
		return n, nil
	case <-p.done:
		return 0, p.readCloseError()
	}
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeCloseError()
	default:
		p.wrMu.Lock()
		defer p.wrMu.Unlock()
	}
	for once := true; once || len(b) > 0; once = false {
		select {
		case p.wr <- b:
			nw := <-p.rd
			b = b[nw:]
			n += nw
		case <-p.done:
			return n, p.writeCloseError()
		}
	}
	return n, nil
}

func (p *pipe) closeRead(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	p.mu.Lock()
	if p.rerr == nil {
		p.rerr = err
	}
	p.mu.Unlock()
	p.once.Do(func() { close(p.done) })
	return nil
}

func (p *pipe) closeWrite(err error) error {
	if err == nil {
		err = EOF
	}
	p.mu.Lock()
	if p.werr == nil {
		p.werr = err
	}
	p.mu.Unlock()
	p.once.Do(func() { close(p.done) })
	return nil
}

// readCloseError: what a read gets once the pipe is closed.
func (p *pipe) readCloseError() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.werr == nil && p.rerr != nil {
		return ErrClosedPipe
	}
	return p.werr
}

// writeCloseError: what a write gets once the pipe is closed.
func (p *pipe) writeCloseError() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.rerr == nil && p.werr != nil {
		return ErrClosedPipe
	}
	return p.rerr
}

// A PipeReader is the read half of a pipe.
type PipeReader struct{ p *pipe }

// Read reads from the pipe, blocking until a writer arrives or the write end is closed;
// then it returns the error given to CloseWithError (EOF after Close).
func (r *PipeReader) Read(data []byte) (n int, err error) { return r.p.read(data) }

// Close closes the reader; writes to the write half then return ErrClosedPipe.
func (r *PipeReader) Close() error { return r.CloseWithError(nil) }

// CloseWithError closes the reader; writes then return err (ErrClosedPipe if nil). The
// first error given wins.
func (r *PipeReader) CloseWithError(err error) error { return r.p.closeRead(err) }

// A PipeWriter is the write half of a pipe.
type PipeWriter struct{ p *pipe }

// Write writes to the pipe, blocking until readers have taken all of data or the read
// end is closed.
func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.p.write(data) }

// Close closes the writer; reads then return EOF.
func (w *PipeWriter) Close() error { return w.CloseWithError(nil) }

// CloseWithError closes the writer; reads then return err (EOF if nil). The first error
// given wins.
func (w *PipeWriter) CloseWithError(err error) error { return w.p.closeWrite(err) }

// Pipe creates a synchronous in-memory pipe: each Write blocks until one or more Reads
// have consumed all of its data, with no buffering in between. Safe for concurrent use.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{wr: make(chan []byte), rd: make(chan int), done: make(chan struct{})}
	return &PipeReader{p}, &PipeWriter{p}
}
