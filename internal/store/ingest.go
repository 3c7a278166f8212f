package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/newsfold/newsfold/internal/extract"
	"github.com/newsfold/newsfold/internal/fold"
	"github.com/newsfold/newsfold/internal/news"
)

// AddPages stores the pages whose content is new, in one transaction,
// then extracts and understands their articles, adds them to the open
// stories and rewrites every story that changed, in a second one.
func (s *SQLite) AddPages(ctx context.Context, pages []news.Page) (IngestStats, error) {
	return s.AddPrepared(ctx, s.Prepare(ctx, pages))
}

// Prepared is a batch of pages with their articles extracted,
// understood and described, ready for AddPrepared.
type Prepared struct {
	pages []news.Page
	arts  []*liveArticle // by page; nil for a page without an article
	err   error          // why extraction stopped short
}

// Prepare extracts, understands and describes the pages' articles on
// every processor, without touching the store, so that a caller can
// prepare one batch while the last is added. It may run beside any other
// call.
func (s *SQLite) Prepare(ctx context.Context, pages []news.Page) *Prepared {
	arts := s.extractAll(ctx, pages)
	return &Prepared{pages: pages, arts: arts, err: ctx.Err()}
}

// AddPrepared is AddPages for a prepared batch. A Prepared is added
// once.
func (s *SQLite) AddPrepared(ctx context.Context, p *Prepared) (IngestStats, error) {
	st := IngestStats{Pages: len(p.pages)}
	if p.err != nil {
		return st, fmt.Errorf("store %s: prepare: %w", s.path, p.err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.foldWaiting(ctx); err != nil {
		return st, fmt.Errorf("store %s: %w", s.path, err)
	}
	added, dups, err := s.commitPages(ctx, p.pages)
	if err != nil {
		return st, fmt.Errorf("store %s: %w", s.path, err)
	}
	st.New, st.Duplicates = len(added), dups
	if len(added) == 0 {
		return st, nil
	}
	if s.opts.OnCommit != nil {
		ids := make([]string, len(added))
		for i, sp := range added {
			ids[i] = sp.page.ID
		}
		s.opts.OnCommit(ids)
	}
	arts := make([]*liveArticle, len(added))
	for i, sp := range added {
		arts[i] = p.arts[sp.index]
	}
	fs, err := s.fold(ctx, added, arts)
	st.Articles, st.Stories, st.Skipped = fs.Articles, fs.Stories, fs.Skipped
	if err != nil {
		return st, fmt.Errorf("store %s: %w", s.path, err)
	}
	return st, nil
}

// resume folds the pages a crash left committed but not folded, as
// opening a store and every AddPrepared do first. Pages another process
// has committed and is folding are left to it.
func (s *SQLite) resume(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.foldWaiting(ctx)
}

func (s *SQLite) foldWaiting(ctx context.Context) error {
	waiting, err := s.waitingPages(ctx)
	if err != nil || len(waiting) == 0 {
		return err
	}
	s.opts.Log.Info("store: folding pages committed before an interruption", "pages", len(waiting))
	pages := make([]news.Page, len(waiting))
	for i, sp := range waiting {
		pages[i] = sp.page
	}
	arts := s.extractAll(ctx, pages)
	if err := ctx.Err(); err != nil {
		return err
	}
	_, err = s.fold(ctx, waiting, arts)
	return err
}

// fold folds the articles of committed pages (arts, by page, nil for a
// page without one) into the stories, in one transaction.
func (s *SQLite) fold(ctx context.Context, pages []storedPage, arts []*liveArticle) (IngestStats, error) {
	var st IngestStats
	start := time.Now()
	// The write lock is taken first: what another process folded before
	// it is seen, and nothing is folded twice.
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return st, fmt.Errorf("fold: %w", err)
	}
	defer tx.Rollback()
	if pages, arts, err = stillWaiting(ctx, tx, pages, arts); err != nil {
		return st, fmt.Errorf("fold: %w", err)
	}
	if len(pages) == 0 {
		return st, nil
	}
	gen, err := generation(ctx, tx)
	if err != nil {
		return st, fmt.Errorf("fold: %w", err)
	}
	switch {
	case s.live == nil:
		s.live, err = s.loadLive(ctx)
	case s.epoch != gen:
		// Another process folded pages since this one last did: what
		// was compared ahead may be out of date.
		s.live.takeAhead()
		s.live, err = s.catchUp(ctx, s.live, s.epoch)
	}
	if err != nil {
		s.live = nil
		return st, fmt.Errorf("fold: %w", err)
	}
	s.epoch = gen
	if s.live.storySeq, err = storySeq(ctx, tx); err != nil {
		return st, fmt.Errorf("fold: %w", err)
	}
	// The window is changed in memory as the transaction goes; should
	// the transaction fail, it is loaded again from the store.
	l := s.live
	s.live = nil
	next := gen + 1
	newArts, skipped, err := newArticles(ctx, tx, l, pages, arts)
	if err != nil {
		return st, fmt.Errorf("fold: %w", err)
	}
	st.Articles, st.Skipped = len(newArts), skipped
	// The new articles' search entries are written while they are
	// clustered, which touches only memory.
	indexed := make(chan error, 1)
	go func() { indexed <- indexArticles(ctx, tx, newArts) }()
	// Articles join in order of publication; then live stories of one
	// article get their last chance to join another, and stories are
	// linked to those on their topic.
	for _, la := range newArts {
		l.add(la)
	}
	groups := l.c.Groups()
	jobs, deleted := l.plan(groups)
	changed := len(jobs)
	l.deferCompare(jobs, next, s.opts.CompareAtRest)
	if err := <-indexed; err != nil {
		return st, fmt.Errorf("fold: %w", err)
	}
	clustered := time.Now()
	// Stale stories the fold leaves alone are compared: those compared
	// since the last fold are written now, the others compared now or,
	// at rest, after this fold commits, while the next one is prepared.
	ahead := restingJobs(l.takeAhead(), jobs, deleted)
	rest, err := staleJobs(ctx, tx, l, append(append([]*storyJob(nil), jobs...), ahead...), deleted)
	if err != nil {
		return st, fmt.Errorf("fold: %w", err)
	}
	settle := ahead
	if s.opts.CompareAtRest {
		// Their articles outside the window are read while the
		// transaction still holds the lock.
		for _, j := range rest {
			if err := readOutside(ctx, tx, l, j); err != nil {
				return st, fmt.Errorf("fold: %w", err)
			}
		}
	} else {
		settle, rest = append(settle, rest...), nil
	}
	if err := s.writeStories(ctx, tx, l, append(jobs, settle...), deleted, newArts, next); err != nil {
		return st, fmt.Errorf("fold: %w", err)
	}
	written := time.Now()
	st.Stories = changed
	for k, v := range map[string]string{metaStorySeq: strconv.Itoa(l.storySeq), metaGeneration: strconv.FormatInt(next, 10)} {
		if _, err := tx.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES (?, ?)
			ON CONFLICT(key) DO UPDATE SET value = excluded.value`, k, v); err != nil {
			return st, fmt.Errorf("fold: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return st, fmt.Errorf("fold: %w", err)
	}
	s.opts.Log.Debug("store: folded", "fold", next, "articles", len(newArts), "stories changed", changed,
		"stories compared", compared(jobs)+len(settle), "compared next", len(rest), "inserted and clustered", clustered.Sub(start),
		"stories written", written.Sub(clustered), "committed", time.Since(written))
	l.remember(append(jobs, settle...), next)
	for _, j := range jobs {
		l.touched[j.id] = next
	}
	if len(l.arts) <= windowGrowth*s.opts.WindowArticles {
		s.live, s.epoch = l, next
		l.compareAhead(s, rest)
	}
	// Otherwise the window is loaded afresh, and smaller, next time; the
	// stories left stale are compared by a later fold.
	return st, nil
}

// windowGrowth is how many times WindowArticles the window may grow to
// before it is loaded afresh: loading it costs a replay of
// WindowArticles articles, so the less often the cheaper, while a
// larger window makes each fold's regrouping dearer. Three did better
// than two on a 100,000-article stream, in time and in grouping.
const windowGrowth = 3

// indexArticles writes the search entries of new articles, whose rows
// are numbered in the order given, and marks their pages folded.
func indexArticles(ctx context.Context, tx *sql.Tx, las []*liveArticle) error {
	search, err := tx.PrepareContext(ctx, `INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("search entries: %w", err)
	}
	defer search.Close()
	done, err := tx.PrepareContext(ctx, `UPDATE pages SET state = 1 WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("search entries: %w", err)
	}
	defer done.Close()
	for _, la := range las {
		if _, err := search.ExecContext(ctx, la.num, la.art.Title, la.art.Body()); err != nil {
			return fmt.Errorf("article %s: search entry: %w", la.art.ID, err)
		}
		if _, err := done.ExecContext(ctx, la.page); err != nil {
			return fmt.Errorf("article %s: %w", la.art.ID, err)
		}
	}
	return nil
}

// compared counts the jobs whose articles are compared.
func compared(jobs []*storyJob) int {
	n := 0
	for _, j := range jobs {
		if !j.light {
			n++
		}
	}
	return n
}

// extractAll extracts and understands the pages' articles and describes
// them for copy detection and clustering, on every worker; a page that
// gives no article has nil.
func (s *SQLite) extractAll(ctx context.Context, pages []news.Page) []*liveArticle {
	out := make([]*liveArticle, len(pages))
	fold.ForEach(s.opts.Workers, len(pages), func(i int) {
		if ctx.Err() != nil {
			return
		}
		a, err := extract.Extract(pages[i])
		if err != nil {
			s.opts.Log.Debug("store: no article", "page", pages[i].ID, "err", err)
			return
		}
		fold.Understand(a)
		out[i] = &liveArticle{art: a}
		out[i].describe()
	})
	return out
}

// newArticles gives each new article a unique ID and the row number it
// will be stored under, and marks copies of recent articles, in order of
// publication, the order it returns them in. The articles are stored as
// their stories are written (writeStories). Pages without an article are
// marked so.
func newArticles(ctx context.Context, tx *sql.Tx, l *live, pages []storedPage, arts []*liveArticle) ([]*liveArticle, int, error) {
	taken, err := tx.PrepareContext(ctx, `SELECT 1 FROM articles WHERE id = ?`)
	if err != nil {
		return nil, 0, err
	}
	defer taken.Close()
	var out []*liveArticle
	used := map[string]bool{}
	skipped := 0
	for i, la := range arts {
		if la == nil {
			skipped++
			if _, err := tx.ExecContext(ctx, `UPDATE pages SET state = 2 WHERE id = ?`, pages[i].num); err != nil {
				return nil, 0, err
			}
			continue
		}
		la.page = pages[i].num
		a := la.art
		base := a.ID
		if base == "" {
			base = "p" + strconv.FormatInt(pages[i].num, 10)
		}
		id := base
		for n := 0; ; n++ {
			if n > 0 {
				// Another page gave this ID: the page's number tells
				// them apart for good.
				id = base + "~" + strconv.FormatInt(pages[i].num, 10)
				if n > 1 {
					id += "." + strconv.Itoa(n)
				}
			}
			var one int
			err := taken.QueryRowContext(ctx, id).Scan(&one)
			if err == sql.ErrNoRows && !used[id] {
				break
			}
			if err != nil && err != sql.ErrNoRows {
				return nil, 0, err
			}
		}
		used[id] = true
		a.ID = id
		out = append(out, la)
	}
	sort.SliceStable(out, func(i, j int) bool { return arrivesBefore(out[i].art, out[j].art) })
	// Rows are numbered as SQLite would number them, in this order.
	var last int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(num), 0) FROM articles`).Scan(&last); err != nil {
		return nil, 0, err
	}
	for i, la := range out {
		l.markCopy(la)
		la.num = last + 1 + int64(i)
		la.pending = true
	}
	return out, skipped, nil
}

// stillWaiting keeps the pages no one has folded yet, with their
// articles.
func stillWaiting(ctx context.Context, tx *sql.Tx, pages []storedPage, arts []*liveArticle) ([]storedPage, []*liveArticle, error) {
	st, err := tx.PrepareContext(ctx, `SELECT state FROM pages WHERE id = ?`)
	if err != nil {
		return nil, nil, err
	}
	defer st.Close()
	var keptPages []storedPage
	var keptArts []*liveArticle
	for i, p := range pages {
		var state int
		if err := st.QueryRowContext(ctx, p.num).Scan(&state); err != nil {
			return nil, nil, fmt.Errorf("page %s: %w", p.page.ID, err)
		}
		if state == 0 {
			keptPages = append(keptPages, p)
			keptArts = append(keptArts, arts[i])
		}
	}
	return keptPages, keptArts, nil
}
