package source

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
)

// readJSONL reads a JSON Lines file, one page a line, as a stream: the
// size limit holds for each line, not the file. A bad line is warned of
// by FILE:LINE and passed over.
func (r *run) readJSONL(in input, src *bufio.Reader, compressed bool) error {
	var buf []byte
	lineNo, records := 0, 0
	for {
		line, tooLong, err := readLine(r.ctx, src, r.maxBytes, buf[:0])
		buf = line
		if ctxErr := r.ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil && !errors.Is(err, io.EOF) {
			// The stream broke mid-line: what was read of it is unusable.
			r.warn(Warning{Path: fmt.Sprintf("%s:%d", in.path, lineNo+1), Err: readError(err, compressed)})
			return nil
		}
		atEnd := err != nil
		if atEnd && len(line) == 0 && !tooLong {
			break
		}
		lineNo++
		where := fmt.Sprintf("%s:%d", in.path, lineNo)
		if lineNo == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		line = bytes.TrimSpace(line)
		switch {
		case tooLong:
			records++
			r.warn(Warning{Path: where, Err: fmt.Errorf("%w: line over %s", ErrTooLarge, sizeString(r.maxBytes))})
		case len(line) > 0:
			records++
			if err := r.jsonRecord(fmt.Sprintf("%s:%d", in.id, lineNo), where, line); err != nil {
				return err
			}
		}
		if atEnd {
			break
		}
	}
	if records == 0 {
		r.warn(Warning{Path: in.path, Err: fmt.Errorf("%w: no JSON Lines records", ErrEmpty)})
	}
	return nil
}

// readLine reads one line, without its "\n", into buf. A line longer than
// limit is read to its end but not kept: tooLong reports it. At the end of
// the input err is io.EOF, with the last line when it had no "\n". It
// stops at once when ctx is done, as a line may be endless.
func readLine(ctx context.Context, src *bufio.Reader, limit int64, buf []byte) (line []byte, tooLong bool, err error) {
	for {
		if tooLong && ctx.Err() != nil {
			return buf[:0], true, ctx.Err()
		}
		frag, err := src.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(frag)) > limit+1 {
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, frag...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong {
			return buf[:0], true, err
		}
		if err == nil {
			buf = buf[:len(buf)-1] // the "\n"
		}
		return buf, false, err
	}
}
