package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
)

// errorBody is every JSON error: {"error": "..."}.
type errorBody struct {
	Error string `json:"error"`
}

// writeJSON writes v as JSON with the status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := marshalJSON(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "internal error")
		return
	}
	writeRaw(w, status, "application/json; charset=utf-8", b)
}

// marshalJSON encodes v without escaping <, > and &, with a final newline.
func marshalJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writeRaw writes a ready body.
func writeRaw(w http.ResponseWriter, status int, contentType string, body []byte) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body)
}

// writeError writes {"error": msg} with the status.
func writeError(w http.ResponseWriter, status int, msg string) {
	b, _ := marshalJSON(errorBody{Error: msg})
	w.Header().Del("Cache-Control")
	writeRaw(w, status, "application/json; charset=utf-8", b)
}
