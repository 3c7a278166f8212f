package source

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// charsetScanLen is how far into an HTML page a charset declaration is
// looked for. Browsers stop at 1024 bytes; pages in the field put the
// declaration later, after long comments or scripts.
const charsetScanLen = 64 << 10

// declaredEncoding returns the encoding an HTML page declares, in an XML
// declaration or a <meta> tag in its head, or nil when it declares none,
// declares one unknown, or declares UTF-8.
func declaredEncoding(page []byte) encoding.Encoding {
	label := xmlEncodingLabel(page)
	if label == "" {
		label = metaCharsetLabel(page)
	}
	if label == "" {
		return nil
	}
	enc, name := charset.Lookup(label)
	if enc == nil || name == "utf-8" || strings.HasPrefix(name, "utf-16") {
		// HTML reads a <meta> claim of UTF-16 as UTF-8: the tag could
		// not have been read were the page UTF-16.
		return nil
	}
	return enc
}

// xmlEncodingLabel returns the encoding an XML declaration names.
func xmlEncodingLabel(page []byte) string {
	if !bytes.HasPrefix(page, []byte("<?xml")) {
		return ""
	}
	decl, _, found := bytes.Cut(page, []byte("?>"))
	if !found {
		return ""
	}
	_, after, found := bytes.Cut(decl, []byte("encoding"))
	if !found {
		return ""
	}
	after = bytes.TrimLeft(after, " \t\r\n=")
	if len(after) == 0 || (after[0] != '"' && after[0] != '\'') {
		return ""
	}
	value, _, found := bytes.Cut(after[1:], after[:1])
	if !found {
		return ""
	}
	return string(value)
}

// metaCharsetLabel returns the charset a <meta charset> or
// <meta http-equiv="Content-Type"> tag before the body names.
func metaCharsetLabel(page []byte) string {
	if len(page) > charsetScanLen {
		page = page[:charsetScanLen]
	}
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
				if label := metaTagCharset(z, hasAttr); label != "" {
					return label
				}
			}
		}
	}
}

// metaTagCharset reads the charset a <meta> tag's attributes name.
func metaTagCharset(z *html.Tokenizer, hasAttr bool) string {
	var content string
	contentType := false
	for hasAttr {
		var key, val []byte
		key, val, hasAttr = z.TagAttr()
		switch string(key) {
		case "charset":
			return strings.TrimSpace(string(val))
		case "http-equiv":
			contentType = strings.EqualFold(strings.TrimSpace(string(val)), "content-type")
		case "content":
			content = string(val)
		}
	}
	if !contentType {
		return ""
	}
	return contentTypeCharset(content)
}

// contentTypeCharset returns the charset parameter of a Content-Type
// value such as "text/html; charset=iso-8859-1".
func contentTypeCharset(value string) string {
	i := indexFold(value, "charset")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(value[i+len("charset"):], " \t")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t")
	rest = strings.Trim(rest, `"'`)
	if end := strings.IndexAny(rest, `;"' `); end >= 0 {
		rest = rest[:end]
	}
	return rest
}

// indexFold is strings.Index ignoring ASCII case; unlike an index into
// strings.ToLower(s), it is an index into s even when s is not UTF-8.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}
