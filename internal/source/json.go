package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"
)

// readJSON reads a JSON document: one record like a JSON Lines line, or
// an array of them. A record's ID is its "id" field, else the file's ID
// (FILE:N for the Nth record of an array). A file whose kind was sniffed
// and that only looked like JSON is read as a text page.
func (r *run) readJSON(in input, src *bufio.Reader, compressed, sniffed bool) error {
	raw, ok := r.readWhole(in, src, compressed)
	if !ok {
		return nil
	}
	doc := bytes.TrimSpace(bytes.TrimPrefix(raw, []byte("\uFEFF")))
	if err := checkJSON(doc); err != nil {
		if sniffed {
			return r.emitRaw(in, raw, kindText, compressed)
		}
		r.warn(Warning{Path: in.path, Err: fmt.Errorf("%w or array of objects: %v", ErrBadJSON, err)})
		return nil
	}
	if doc[0] == '{' {
		return r.jsonRecord(in.id, in.path, doc)
	}
	var items []json.RawMessage
	if err := json.Unmarshal(doc, &items); err != nil {
		r.warn(Warning{Path: in.path, Err: fmt.Errorf("%w or array of objects: %v", ErrBadJSON, err)})
		return nil
	}
	if len(items) == 0 {
		r.warn(Warning{Path: in.path, Err: fmt.Errorf("%w: no JSON records", ErrEmpty)})
		return nil
	}
	for i, item := range items {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		id := fmt.Sprintf("%s:%d", in.id, i+1)
		where := fmt.Sprintf("%s:%d", in.path, i+1)
		if err := r.jsonRecord(id, where, item); err != nil {
			return err
		}
	}
	return nil
}

// jsonRecord emits the page of one JSON record, found at where, with
// defaultID naming it when it has no "id".
func (r *run) jsonRecord(defaultID, where string, rec []byte) error {
	page, err := parseRecord(rec)
	if err != nil {
		r.warn(Warning{Path: where, Err: err})
		return nil
	}
	if page.ID == "" {
		page.ID = defaultID
	}
	page.Path = where
	if !utf8.Valid(rec) {
		r.warn(Warning{Path: where, Err: fmt.Errorf("%w: bad bytes replaced with U+FFFD", ErrInvalidUTF8)})
	}
	return r.emit(page)
}

// checkJSON returns why doc is not one JSON value, or nil.
func checkJSON(doc []byte) error {
	if json.Valid(doc) {
		return nil
	}
	var v any
	if err := json.Unmarshal(doc, &v); err != nil {
		return err
	}
	return errors.New("invalid JSON")
}
