package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/newsfold/newsfold/internal/news"
)

// record is one JSON Lines line as usually written: strings, but for an
// id and a date that may also be numbers or null.
type record struct {
	ID     json.RawMessage `json:"id"`
	Text   *string         `json:"text"`
	HTML   *string         `json:"html"`
	URL    string          `json:"url"`
	Title  string          `json:"title"`
	Date   json.RawMessage `json:"date"`
	Source string          `json:"source"`
}

// looseRecord is a record whose fields may hold any JSON value.
type looseRecord struct {
	ID     json.RawMessage `json:"id"`
	Text   json.RawMessage `json:"text"`
	HTML   json.RawMessage `json:"html"`
	URL    json.RawMessage `json:"url"`
	Title  json.RawMessage `json:"title"`
	Date   json.RawMessage `json:"date"`
	Source json.RawMessage `json:"source"`
}

// parseRecord reads a JSON Lines line into a page without Path, and
// without ID unless the record names its id. It prefers the "html" field,
// as HTML, to "text".
func parseRecord(line []byte) (news.Page, error) {
	line = bytes.TrimSpace(line)
	if len(line) == 0 || line[0] != '{' {
		return news.Page{}, ErrBadJSON
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		var typeErr *json.UnmarshalTypeError
		if !errors.As(err, &typeErr) {
			return news.Page{}, fmt.Errorf("%w: %v", ErrBadJSON, err)
		}
		// A field holds a number, a boolean or an object where a string
		// was expected: read each field as whatever it is.
		if rec, err = parseLoose(line); err != nil {
			return news.Page{}, err
		}
	}
	if rec.HTML == nil && rec.Text == nil {
		return news.Page{}, ErrNoContent
	}
	page := news.Page{
		Kind:   news.KindHTML,
		URL:    rec.URL,
		Title:  rec.Title,
		Source: rec.Source,
		Date:   dateValue(rec.Date),
	}
	if rec.HTML == nil || strings.TrimSpace(*rec.HTML) == "" {
		page.Kind = news.KindText
		// A record's text is the article itself, not a flattened page.
		page.Clean = true
		if rec.Text != nil {
			page.Content = *rec.Text
		}
	} else {
		page.Content = *rec.HTML
	}
	if strings.TrimSpace(page.Content) == "" {
		return news.Page{}, fmt.Errorf(`%w "text" and "html"`, ErrEmpty)
	}
	page.Content = normalizeNewlines(page.Content)
	page.ID, _ = scalar(rec.ID)
	page.ID = strings.TrimSpace(page.ID)
	return page, nil
}

// parseLoose reads a record whose fields may hold any JSON value,
// keeping a number's or boolean's literal and dropping objects and arrays.
func parseLoose(line []byte) (record, error) {
	var loose looseRecord
	if err := json.Unmarshal(line, &loose); err != nil {
		return record{}, fmt.Errorf("%w: %v", ErrBadJSON, err)
	}
	rec := record{ID: loose.ID, Date: loose.Date}
	if s, ok := scalar(loose.Text); ok {
		rec.Text = &s
	}
	if s, ok := scalar(loose.HTML); ok {
		rec.HTML = &s
	}
	rec.URL, _ = scalar(loose.URL)
	rec.Title, _ = scalar(loose.Title)
	rec.Source, _ = scalar(loose.Source)
	return rec, nil
}

// scalar returns a JSON string's value or a number's or boolean's literal;
// ok is false for a missing field, null, an object or an array.
func scalar(raw json.RawMessage) (value string, ok bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "", false
	}
	switch raw[0] {
	case '"':
		if err := json.Unmarshal(raw, &value); err != nil {
			return "", false
		}
		return value, true
	case 'n', '{', '[':
		return "", false
	}
	return string(raw), true
}

// dateValue returns a record's date as given when a string, and written
// as a date when a number: a year, a YYYYMMDD day or a Unix time in
// seconds or milliseconds.
func dateValue(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	value, ok := scalar(raw)
	if !ok || raw[0] == '"' {
		return strings.TrimSpace(value)
	}
	n, err := strconv.ParseFloat(value, 64)
	if err != nil || math.IsNaN(n) || math.IsInf(n, 0) || n < 0 {
		return value
	}
	switch {
	case n >= 1000 && n <= 9999 && n == math.Trunc(n):
		return strconv.Itoa(int(n))
	case n >= 10000101 && n <= 99991231 && n == math.Trunc(n):
		y, m, d := int(n)/10000, int(n)/100%100, int(n)%100
		if news.ValidDay(y, m, d) {
			return news.Date{Year: y, Month: m, Day: d}.String()
		}
	}
	const (
		secondsFrom = 1e8  // 1973
		secondsTo   = 1e11 // year 5138
		millisTo    = 1e14
	)
	switch {
	case n >= secondsFrom && n < secondsTo:
		return time.Unix(int64(n), 0).UTC().Format(time.RFC3339)
	case n >= secondsTo && n < millisTo:
		return time.UnixMilli(int64(n)).UTC().Format(time.RFC3339)
	}
	return value
}
