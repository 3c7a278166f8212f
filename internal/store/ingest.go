package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
	"time"

	"github.com/newsfold/newsfold/internal/cluster"
	"github.com/newsfold/newsfold/internal/compare"
	"github.com/newsfold/newsfold/internal/dedup"
	"github.com/newsfold/newsfold/internal/extract"
	"github.com/newsfold/newsfold/internal/fold"
	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
	"github.com/newsfold/newsfold/internal/nlp/timex"
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
		// Another process folded pages since this one last did.
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
	newArts, skipped, err := s.insertArticles(ctx, tx, l, pages, arts, next)
	if err != nil {
		return st, fmt.Errorf("fold: %w", err)
	}
	st.Articles, st.Skipped = len(newArts), skipped
	// Articles join in order of publication; then live stories of one
	// article get their last chance to join another, and stories are
	// linked to those on their topic.
	for _, la := range newArts {
		l.add(la)
	}
	groups := l.c.Groups()
	clustered := time.Now()
	jobs, deleted := l.plan(groups)
	changed := len(jobs)
	l.deferCompare(jobs, next, s.opts.CompareAtRest)
	settle, err := staleJobs(ctx, tx, l, jobs, deleted)
	if err != nil {
		return st, fmt.Errorf("fold: %w", err)
	}
	if err := s.writeStories(ctx, tx, l, append(jobs, settle...), deleted); err != nil {
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
		"stories compared", compared(jobs)+len(settle), "inserted and clustered", clustered.Sub(start),
		"stories written", written.Sub(clustered), "committed", time.Since(written))
	l.remember(append(jobs, settle...), next)
	for _, j := range jobs {
		l.touched[j.id] = next
	}
	if len(l.arts) <= 2*s.opts.WindowArticles {
		s.live, s.epoch = l, next
	}
	// Otherwise the window is loaded afresh, and smaller, next time.
	return st, nil
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
		out[i] = &liveArticle{art: a, print: dedup.Prepare(a), feats: cluster.Describe(a)}
	})
	return out
}

// insertArticles gives each new article a unique ID, marks copies of
// recent articles, and inserts the articles (without a story yet) and
// their search entries, in order of publication, the order it returns
// them in. Pages without an article are marked so.
func (s *SQLite) insertArticles(ctx context.Context, tx *sql.Tx, l *live, pages []storedPage, arts []*liveArticle, fold int64) ([]*liveArticle, int, error) {
	taken, err := tx.PrepareContext(ctx, `SELECT 1 FROM articles WHERE id = ?`)
	if err != nil {
		return nil, 0, err
	}
	defer taken.Close()
	var out []*liveArticle
	used := map[string]bool{}
	skipped := 0
	for i, la := range arts {
		if la != nil {
			la.num = pages[i].num
		}
		if la == nil {
			skipped++
			if _, err := tx.ExecContext(ctx, `UPDATE pages SET state = 2 WHERE id = ?`, pages[i].num); err != nil {
				return nil, 0, err
			}
			continue
		}
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
	for _, la := range out {
		l.markCopy(la)
	}

	ins, err := tx.PrepareContext(ctx, `INSERT INTO articles (id, page, outlet, title, published, body, base, data, fold)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, 0, err
	}
	defer ins.Close()
	fts, err := tx.PrepareContext(ctx, `INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)`)
	if err != nil {
		return nil, 0, err
	}
	defer fts.Close()
	done, err := tx.PrepareContext(ctx, `UPDATE pages SET state = 1 WHERE id = ?`)
	if err != nil {
		return nil, 0, err
	}
	defer done.Close()
	for _, la := range out {
		a := la.art
		base, err := json.Marshal(a)
		if err != nil {
			return nil, 0, fmt.Errorf("article %s: %w", a.ID, err)
		}
		data, err := marshalCompleted(a)
		if err != nil {
			return nil, 0, fmt.Errorf("article %s: %w", a.ID, err)
		}
		body := a.Body()
		res, err := ins.ExecContext(ctx, a.ID, la.num, a.Outlet, a.Title, a.Published.String(), body, base, data, fold)
		if err != nil {
			return nil, 0, fmt.Errorf("article %s: %w", a.ID, err)
		}
		page := la.num
		if la.num, err = res.LastInsertId(); err != nil {
			return nil, 0, fmt.Errorf("article %s: %w", a.ID, err)
		}
		if _, err := fts.ExecContext(ctx, la.num, a.Title, body); err != nil {
			return nil, 0, fmt.Errorf("article %s: search entry: %w", a.ID, err)
		}
		if _, err := done.ExecContext(ctx, page); err != nil {
			return nil, 0, err
		}
	}
	return out, skipped, nil
}

// dossier is a story completed from its articles.
type dossier struct {
	story *news.Story
	arts  []*news.Article // completed copies, earliest first
	las   []*liveArticle  // the articles as stored, in the same order
}

// writeStories completes every story of jobs from its articles (those in
// the window and those stored outside it), writes it and its articles,
// and deletes the stories merged away.
func (s *SQLite) writeStories(ctx context.Context, tx *sql.Tx, l *live, jobs []*storyJob, deleted []string) error {
	start := time.Now()
	outside := make([][]*liveArticle, len(jobs))
	for i, j := range jobs {
		for _, id := range append([]string{j.id}, j.absorb...) {
			las, err := outsideMembers(ctx, tx, l, id)
			if err != nil {
				return fmt.Errorf("story %s: %w", id, err)
			}
			outside[i] = append(outside[i], las...)
		}
	}
	dossiers := make([]dossier, len(jobs))
	fold.ForEach(s.opts.Workers, len(jobs), func(i int) {
		dossiers[i] = complete(jobs[i], outside[i])
	})
	w, err := newStoryWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	for i, j := range jobs {
		if err := w.write(ctx, j, dossiers[i]); err != nil {
			return fmt.Errorf("story %s: %w", j.id, err)
		}
	}
	for _, id := range deleted {
		if _, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ?`, id); err != nil {
			return fmt.Errorf("story %s: delete: %w", id, err)
		}
	}
	s.opts.Log.Debug("store: stories written", "stories", len(jobs), "merged away", len(deleted), "took", time.Since(start))
	return nil
}

// outsideMembers reads the articles of a stored story that are not in the
// window.
func outsideMembers(ctx context.Context, tx *sql.Tx, l *live, story string) ([]*liveArticle, error) {
	rows, err := tx.QueryContext(ctx, `SELECT num, id, base FROM articles WHERE story = ?`, story)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*liveArticle
	for rows.Next() {
		var num int64
		var id string
		var base []byte
		if err := rows.Scan(&num, &id, &base); err != nil {
			return nil, err
		}
		if l.arts[id] != nil {
			continue
		}
		a := &news.Article{}
		if err := json.Unmarshal(base, a); err != nil {
			return nil, fmt.Errorf("article %s: %w", id, err)
		}
		out = append(out, &liveArticle{num: num, art: a, story: story})
	}
	return out, rows.Err()
}

// complete runs on one story what fold runs after clustering: it merges
// the articles' entities, completes their dates from each other and
// compares them. It works on copies, so the articles as understood alone
// stay as they are for the next time the story changes.
func complete(j *storyJob, outside []*liveArticle) dossier {
	if j.light {
		return membership(j, outside)
	}
	las := make([]*liveArticle, 0, len(j.members)+len(outside))
	las = append(las, j.members...)
	las = append(las, outside...)
	fresh := map[*liveArticle]bool{}
	for _, la := range outside {
		fresh[la] = true // read afresh from the store: already a copy
	}
	sort.SliceStable(las, func(i, k int) bool { return las[i].num < las[k].num })
	arts := make([]*news.Article, len(las))
	for i, la := range las {
		if fresh[la] {
			arts[i] = la.art
		} else {
			arts[i] = cloneArticle(la.art)
		}
	}
	entity.MergeStory(arts)
	timex.DateStory(arts)
	idx := make([]int, len(las))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, k int) bool { return arrivesBefore(arts[idx[i]], arts[idx[k]]) })
	d := dossier{story: &news.Story{ID: j.id, Related: j.related}}
	for _, i := range idx {
		a := arts[i]
		d.arts = append(d.arts, a)
		d.las = append(d.las, las[i])
		d.story.Articles = append(d.story.Articles, a.ID)
		if a.Published.HasYear() && (d.story.FirstPublished.IsZero() || a.Published.Before(d.story.FirstPublished)) {
			d.story.FirstPublished = a.Published
		}
	}
	compare.Compare(d.story, d.arts)
	return d
}

// membership lists a story's articles, earliest first, without
// completing or comparing them.
func membership(j *storyJob, outside []*liveArticle) dossier {
	las := append(append([]*liveArticle(nil), j.members...), outside...)
	sort.SliceStable(las, func(i, k int) bool { return las[i].num < las[k].num })
	sort.SliceStable(las, func(i, k int) bool { return arrivesBefore(las[i].art, las[k].art) })
	d := dossier{story: &news.Story{ID: j.id, Related: j.related}, las: las}
	for _, la := range las {
		a := la.art
		d.arts = append(d.arts, a)
		d.story.Articles = append(d.story.Articles, a.ID)
		if a.Published.HasYear() && (d.story.FirstPublished.IsZero() || a.Published.Before(d.story.FirstPublished)) {
			d.story.FirstPublished = a.Published
		}
	}
	return d
}

// storyWriter writes stories and their articles in one transaction.
type storyWriter struct {
	story, article, clearEntities, entity *sql.Stmt
	members, moved                        *sql.Stmt
}

func newStoryWriter(ctx context.Context, tx *sql.Tx) (*storyWriter, error) {
	w := &storyWriter{}
	var err error
	for _, p := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&w.story, `INSERT INTO stories
			(id, title, summary, first_published, last_published, size, articles, outlets, data)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET title = excluded.title, summary = excluded.summary,
				first_published = excluded.first_published, last_published = excluded.last_published,
				size = excluded.size, articles = excluded.articles, outlets = excluded.outlets, data = excluded.data,
				stale = 0`},
		{&w.members, `INSERT INTO stories
			(id, title, summary, first_published, last_published, size, articles, outlets, data, stale)
			VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, 1)
			ON CONFLICT(id) DO UPDATE SET first_published = excluded.first_published,
				last_published = excluded.last_published, size = excluded.size, articles = excluded.articles,
				outlets = excluded.outlets, stale = 1,
				data = json_set(data, '$.Articles', json(excluded.articles), '$.FirstPublished', json(?), '$.Related', json(?))`},
		{&w.moved, `UPDATE articles SET story = ? WHERE num = ?`},
		{&w.article, `UPDATE articles SET story = ?, published = ?, data = ? WHERE num = ?`},
		{&w.clearEntities, `DELETE FROM entities WHERE article = ?`},
		{&w.entity, `INSERT INTO entities(article, name, type) VALUES (?, ?, ?)`},
	} {
		if *p.st, err = tx.PrepareContext(ctx, p.sql); err != nil {
			w.close()
			return nil, err
		}
	}
	return w, nil
}

func (w *storyWriter) close() {
	for _, st := range []*sql.Stmt{w.story, w.article, w.clearEntities, w.entity, w.members, w.moved} {
		if st != nil {
			st.Close()
		}
	}
}

// write upserts a story row and points its articles at it, rewriting
// only the articles the story changed.
func (w *storyWriter) write(ctx context.Context, j *storyJob, d dossier) error {
	data, err := json.Marshal(d.story)
	if err != nil {
		return err
	}
	last := ""
	outlets := []string{}
	seen := map[string]bool{}
	for _, a := range d.arts {
		if p := a.Published; p.HasYear() && p.String() > last {
			last = p.String()
		}
		if a.Outlet != "" && !seen[a.Outlet] {
			seen[a.Outlet] = true
			outlets = append(outlets, a.Outlet)
		}
	}
	artIDs, _ := json.Marshal(d.story.Articles)
	outletsJSON, _ := json.Marshal(outlets)
	first := ""
	if d.story.FirstPublished.HasYear() {
		first = d.story.FirstPublished.String()
	}
	if j.light {
		// A story first written here has its membership and, until it
		// is compared, its earliest article's title.
		firstJSON, _ := json.Marshal(d.story.FirstPublished)
		relatedJSON, _ := json.Marshal(d.story.Related)
		title := ""
		if len(d.arts) > 0 {
			title = d.arts[0].Title
		}
		if _, err := w.members.ExecContext(ctx, j.id, title, first, last, len(d.arts), string(artIDs), string(outletsJSON),
			string(data), string(firstJSON), string(relatedJSON)); err != nil {
			return err
		}
		for _, la := range d.las {
			if la.story == j.id {
				continue
			}
			if _, err := w.moved.ExecContext(ctx, j.id, la.num); err != nil {
				return fmt.Errorf("article %s: %w", la.art.ID, err)
			}
			j.written = append(j.written, written{la, la.sum})
		}
		return nil
	}
	if _, err := w.story.ExecContext(ctx, j.id, d.story.Title, d.story.Summary, first, last, len(d.arts),
		string(artIDs), string(outletsJSON), string(data)); err != nil {
		return err
	}
	for i, a := range d.arts {
		la := d.las[i]
		ad, err := marshalCompleted(a)
		if err != nil {
			return fmt.Errorf("article %s: %w", a.ID, err)
		}
		sum := hashBytes(ad)
		if la.story == j.id && la.sum == sum {
			continue // unchanged since last written
		}
		if _, err := w.article.ExecContext(ctx, j.id, a.Published.String(), ad, la.num); err != nil {
			return fmt.Errorf("article %s: %w", a.ID, err)
		}
		if _, err := w.clearEntities.ExecContext(ctx, la.num); err != nil {
			return fmt.Errorf("article %s: %w", a.ID, err)
		}
		for _, e := range a.Entities {
			if _, err := w.entity.ExecContext(ctx, la.num, e.Name, string(e.Type)); err != nil {
				return fmt.Errorf("article %s: %w", a.ID, err)
			}
		}
		j.written = append(j.written, written{la, sum})
	}
	return nil
}

// written is an article rewritten and the hash of what was written, to
// be remembered once the transaction commits.
type written struct {
	la  *liveArticle
	sum uint64
}

func hashBytes(b []byte) uint64 {
	h := fnv.New64a()
	h.Write(b)
	return max(h.Sum64(), 1)
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
