package server

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/store"
)

// pushedPage is the body of POST /api/pages: one page, its content as
// article text (text) or as the page's HTML (html), never both.
type pushedPage struct {
	URL    string `json:"url"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Source string `json:"source"`
	Text   string `json:"text"`
	HTML   string `json:"html"`
}

// pushResult is the answer to POST /api/pages.
type pushResult struct {
	Page   pageInfo    `json:"page"`
	Ingest ingestStats `json:"ingest"`
}

type ingestStats struct {
	Pages      int `json:"pages"`
	New        int `json:"new"`
	Duplicates int `json:"duplicates"`
	Articles   int `json:"articles"`
	Stories    int `json:"stories"`
	Skipped    int `json:"skipped"`
}

// decodePushedPage reads and checks a pushed page from a body of at most
// limit bytes.
func decodePushedPage(r io.Reader) (news.Page, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var in pushedPage
	if err := dec.Decode(&in); err != nil {
		return news.Page{}, fmt.Errorf("read page: %w", err)
	}
	if dec.More() {
		return news.Page{}, errors.New("read page: want one JSON object")
	}
	return in.toPage()
}

// toPage checks a pushed page and makes it a news.Page. Text is taken as
// the article alone, as a JSON Lines record's text is.
func (in pushedPage) toPage() (news.Page, error) {
	p := news.Page{
		URL:    strings.TrimSpace(in.URL),
		Title:  strings.TrimSpace(in.Title),
		Date:   strings.TrimSpace(in.Date),
		Source: strings.TrimSpace(in.Source),
		Path:   "POST /api/pages",
	}
	switch {
	case in.Text != "" && in.HTML != "":
		return p, errors.New("give text or html, not both")
	case strings.TrimSpace(in.Text) != "":
		p.Kind, p.Content, p.Clean = news.KindText, in.Text, true
	case strings.TrimSpace(in.HTML) != "":
		p.Kind, p.Content = news.KindHTML, in.HTML
	default:
		return p, errors.New("the page needs text or html")
	}
	if !utf8.ValidString(p.Content) {
		return p, errors.New("content is not valid UTF-8")
	}
	if p.URL != "" {
		u, err := url.Parse(p.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return p, fmt.Errorf("url %q: want an absolute http or https address", truncate(p.URL, 80))
		}
	}
	if p.Date != "" {
		if _, err := news.ParseDate(p.Date); err != nil {
			return p, fmt.Errorf("date %q: want YYYY-MM-DD, optionally followed by a time", truncate(p.Date, 40))
		}
	}
	for name, v := range map[string]string{"title": p.Title, "source": p.Source} {
		if len(v) > 1000 {
			return p, fmt.Errorf("%s: longer than 1000 bytes", name)
		}
	}
	p.ID = p.URL
	if p.ID == "" {
		sum := sha256.Sum256([]byte(p.Content))
		p.ID = "pushed-" + hex.EncodeToString(sum[:8])
	}
	return p, nil
}

func (s *Server) apiPushPage(w http.ResponseWriter, r *http.Request) {
	if s.opts.ReadOnly {
		writeError(w, http.StatusForbidden, "this server is read-only")
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		writeError(w, http.StatusUnsupportedMediaType, "send the page as application/json")
		return
	}
	body := http.MaxBytesReader(w, r.Body, s.opts.MaxPageBytes)
	page, err := decodePushedPage(body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("page larger than %d bytes", s.opts.MaxPageBytes))
			return
		}
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	ctx, cancel := s.withTimeout(r)
	defer cancel()
	stats, err := s.store.AddPages(ctx, []news.Page{page})
	s.cache.invalidate()
	if err != nil {
		s.fail(w, r, fmt.Errorf("store page %s: %w", page.ID, err))
		return
	}
	s.log.Info("page pushed", "id", page.ID, "new", stats.New, "articles", stats.Articles)
	status := http.StatusCreated
	if stats.New == 0 {
		status = http.StatusOK // already stored: nothing changed
	}
	writeJSON(w, status, pushResult{Page: toPageInfo(&page, false), Ingest: toIngestStats(stats)})
}

func toIngestStats(st store.IngestStats) ingestStats {
	return ingestStats{Pages: st.Pages, New: st.New, Duplicates: st.Duplicates, Articles: st.Articles, Stories: st.Stories, Skipped: st.Skipped}
}
