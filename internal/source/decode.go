package source

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// decodeContent turns a file's bytes into valid UTF-8 text with "\n" line
// ends. It honours a byte order mark and, for HTML, a declared charset.
// Bytes that are not UTF-8 and declare nothing else are repaired; repair
// then says how, wrapping ErrInvalidUTF8.
func decodeContent(raw []byte, k kind) (content string, repair error) {
	switch {
	case hasUTF16BOM(raw):
		content = decodeUTF16(raw)
	case utf8.Valid(raw):
		content = string(raw)
	default:
		content, repair = decodeLegacy(raw, k)
	}
	for strings.HasPrefix(content, "\uFEFF") {
		content = content[len("\uFEFF"):]
	}
	return normalizeNewlines(content), repair
}

// decodeLegacy decodes text that is not UTF-8: by the charset an HTML
// page declares, else by repairUTF8. A UTF-8 byte order mark overrides a
// declaration.
func decodeLegacy(raw []byte, k kind) (string, error) {
	if k == kindHTML && !bytes.HasPrefix(raw, []byte("\uFEFF")) {
		if enc := declaredEncoding(raw); enc != nil {
			if out, err := enc.NewDecoder().Bytes(raw); err == nil && utf8.Valid(out) {
				return string(out), nil
			}
		}
	}
	return repairUTF8(raw)
}

// repairUTF8 makes text that is not valid UTF-8 valid. Text with some
// valid multi-byte sequences is UTF-8 with damage: each bad byte becomes
// U+FFFD. Text with none is in a legacy single-byte encoding, read as
// Windows-1252 (a superset of ISO-8859-1, and HTML's default).
func repairUTF8(raw []byte) (string, error) {
	bad, multi := 0, false
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			bad++
		case size > 1:
			multi = true
		}
		i += size
	}
	if multi {
		var b strings.Builder
		b.Grow(len(raw) + 2*bad)
		for i := 0; i < len(raw); {
			r, size := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && size == 1 {
				b.WriteRune(utf8.RuneError)
			} else {
				b.Write(raw[i : i+size])
			}
			i += size
		}
		return b.String(), fmt.Errorf("%w: %d bad bytes replaced with U+FFFD", ErrInvalidUTF8, bad)
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil || !utf8.Valid(out) {
		return strings.ToValidUTF8(string(raw), "\uFFFD"), fmt.Errorf("%w: bad bytes replaced with U+FFFD", ErrInvalidUTF8)
	}
	return string(out), fmt.Errorf("%w: no charset declared, read as Windows-1252", ErrInvalidUTF8)
}

func hasUTF16BOM(b []byte) bool {
	return len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff)
}

// decodeUTF16 decodes text that starts with a UTF-16 byte order mark; an
// odd last byte and unpaired surrogates become U+FFFD.
func decodeUTF16(b []byte) string {
	bigEndian := b[0] == 0xfe
	b = b[2:]
	units := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if bigEndian {
			units = append(units, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			units = append(units, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	s := string(utf16.Decode(units))
	if len(b)%2 == 1 {
		s += "\uFFFD"
	}
	return s
}

// normalizeNewlines turns "\r\n" and lone "\r" line ends into "\n".
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}
