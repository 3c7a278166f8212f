package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"sort"
	"time"

	"github.com/newsfold/newsfold/internal/compare"
	"github.com/newsfold/newsfold/internal/fold"
	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
	"github.com/newsfold/newsfold/internal/nlp/timex"
)

// dossier is a story completed from its articles, and encoded for
// writing.
type dossier struct {
	story *news.Story
	arts  []*news.Article // completed copies, earliest first
	las   []*liveArticle  // the articles as stored, in the same order

	data  []byte   // the story as JSON
	adata [][]byte // each article as its story completed it (nil for a light job's stored articles)
	sums  []uint64 // hashes of adata
	base  [][]byte // each new article as understood alone (nil for a stored one)
	err   error    // why encoding failed
}

// writeStories completes every story of jobs from its articles (those in
// the window and those stored outside it), writes it and its articles,
// stores the fold's new articles (fresh, each in one job) under their
// stories, and deletes the stories merged away. Completing, comparing and
// encoding run on every worker.
func (s *SQLite) writeStories(ctx context.Context, tx *sql.Tx, l *live, jobs []*storyJob, deleted []string, fresh []*liveArticle, foldNum int64) error {
	start := time.Now()
	var light, full []int
	dossiers := make([]dossier, len(jobs))
	for i, j := range jobs {
		switch {
		case j.done != nil:
			dossiers[i] = *j.done // completed beforehand
			full = append(full, i)
			continue
		case j.light:
			light = append(light, i)
		default:
			full = append(full, i)
		}
		if err := readOutside(ctx, tx, l, j); err != nil {
			return err
		}
	}
	prepare := func(idx []int) {
		fold.ForEach(s.opts.Workers, len(idx), func(k int) {
			if i := idx[k]; jobs[i].done == nil {
				dossiers[i] = complete(jobs[i], jobs[i].outside)
				dossiers[i].encode(jobs[i].light)
			}
		})
	}
	w, err := newStoryWriter(ctx, tx, foldNum)
	if err != nil {
		return err
	}
	defer w.close()
	writeAll := func(idx []int) error {
		for _, i := range idx {
			j := jobs[i]
			if dossiers[i].err != nil {
				return fmt.Errorf("story %s: %w", j.id, dossiers[i].err)
			}
			if err := w.write(ctx, j, dossiers[i]); err != nil {
				return fmt.Errorf("story %s: %w", j.id, err)
			}
		}
		return w.insertQueued(ctx)
	}
	// Stories written without comparing (and their new articles) are
	// written while the others are compared; the two share no article.
	prepare(light)
	wrote := make(chan error, 1)
	go func() { wrote <- writeAll(light) }()
	prepare(full)
	if err := <-wrote; err != nil {
		return err
	}
	if err := writeAll(full); err != nil {
		return err
	}
	// Every new article is in the group the clusterer put it in, and so
	// in a job; one that is not is stored without a story.
	for _, la := range fresh {
		if w.queued[la] {
			continue
		}
		base, err := json.Marshal(la.art)
		if err != nil {
			return fmt.Errorf("article %s: %w", la.art.ID, err)
		}
		data, err := marshalCompleted(la.art)
		if err != nil {
			return fmt.Errorf("article %s: %w", la.art.ID, err)
		}
		w.queue(newRow{la: la, published: la.art.Published, base: base, data: data})
	}
	if err := w.insertQueued(ctx); err != nil {
		return err
	}
	for _, id := range deleted {
		if _, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ?`, id); err != nil {
			return fmt.Errorf("story %s: delete: %w", id, err)
		}
	}
	s.opts.Log.Debug("store: stories written", "stories", len(jobs), "merged away", len(deleted), "took", time.Since(start))
	return nil
}

// readOutside reads the articles of a job's stories that are not in the
// window.
func readOutside(ctx context.Context, tx *sql.Tx, l *live, j *storyJob) error {
	j.outside = nil
	for _, id := range append([]string{j.id}, j.absorb...) {
		las, err := outsideMembers(ctx, tx, l, id)
		if err != nil {
			return fmt.Errorf("story %s: %w", id, err)
		}
		j.outside = append(j.outside, las...)
	}
	return nil
}

// completeAll completes, compares and encodes the jobs' stories on every
// worker, ahead of writing them; their articles outside the window are
// read already.
func (s *SQLite) completeAll(jobs []*storyJob) {
	fold.ForEach(s.opts.Workers, len(jobs), func(i int) {
		d := complete(jobs[i], jobs[i].outside)
		d.encode(false)
		jobs[i].done = &d
	})
}

// outsideMembers reads the articles of a stored story that are not in the
// window; those in it are not read again.
func outsideMembers(ctx context.Context, tx *sql.Tx, l *live, story string) ([]*liveArticle, error) {
	rows, err := tx.QueryContext(ctx, `SELECT num, id FROM articles WHERE story = ?`, story)
	if err != nil {
		return nil, err
	}
	var nums []int64
	for rows.Next() {
		var num int64
		var id string
		if err := rows.Scan(&num, &id); err != nil {
			rows.Close()
			return nil, err
		}
		if l.arts[id] == nil {
			nums = append(nums, num)
		}
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []*liveArticle
	for _, num := range nums {
		var id string
		var base []byte
		if err := tx.QueryRowContext(ctx, `SELECT id, base FROM articles WHERE num = ?`, num).Scan(&id, &base); err != nil {
			return nil, fmt.Errorf("article %d: %w", num, err)
		}
		a := &news.Article{}
		if err := json.Unmarshal(base, a); err != nil {
			return nil, fmt.Errorf("article %s: %w", id, err)
		}
		out = append(out, &liveArticle{num: num, art: a, story: story})
	}
	return out, nil
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

// encode writes the dossier's story and articles as JSON: every article
// as completed when the story was compared, only the new ones (as
// understood alone) when it was not, and the new ones as understood
// alone besides, for their base.
func (d *dossier) encode(light bool) {
	if d.data, d.err = json.Marshal(d.story); d.err != nil {
		return
	}
	n := len(d.arts)
	d.adata, d.sums, d.base = make([][]byte, n), make([]uint64, n), make([][]byte, n)
	for i, a := range d.arts {
		la := d.las[i]
		if la.pending {
			if d.base[i], d.err = json.Marshal(la.art); d.err != nil {
				return
			}
		}
		if light && !la.pending {
			continue
		}
		if d.adata[i], d.err = marshalCompleted(a); d.err != nil {
			return
		}
		d.sums[i] = hashBytes(d.adata[i])
	}
}

// storyWriter writes stories and their articles in one transaction.
type storyWriter struct {
	story, article, clearEntities, entity *sql.Stmt
	members, moved, insertArticle         *sql.Stmt
	fold                                  int64

	// New articles are stored once their stories are, in the order of
	// their row numbers.
	rows   []newRow
	queued map[*liveArticle]bool
}

// newRow is a new article to store.
type newRow struct {
	la         *liveArticle
	story      any // the story's ID, or nil for none
	published  news.Date
	base, data []byte
	entities   []news.Entity // as its story named them; none until it is compared
}

func newStoryWriter(ctx context.Context, tx *sql.Tx, foldNum int64) (*storyWriter, error) {
	w := &storyWriter{fold: foldNum, queued: map[*liveArticle]bool{}}
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
		{&w.insertArticle, `INSERT INTO articles (num, id, page, story, outlet, title, published, body, base, data, fold)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
	} {
		if *p.st, err = tx.PrepareContext(ctx, p.sql); err != nil {
			w.close()
			return nil, err
		}
	}
	return w, nil
}

func (w *storyWriter) close() {
	for _, st := range []*sql.Stmt{w.story, w.article, w.clearEntities, w.entity, w.members, w.moved, w.insertArticle} {
		if st != nil {
			st.Close()
		}
	}
}

func (w *storyWriter) queue(r newRow) {
	w.rows = append(w.rows, r)
	w.queued[r.la] = true
}

// insertQueued stores the new articles queued, by row number, with their
// entities. Their search entries are written already (indexArticles).
func (w *storyWriter) insertQueued(ctx context.Context) error {
	sort.Slice(w.rows, func(i, j int) bool { return w.rows[i].la.num < w.rows[j].la.num })
	for _, r := range w.rows {
		a := r.la.art
		if _, err := w.insertArticle.ExecContext(ctx, r.la.num, a.ID, r.la.page, r.story, a.Outlet, a.Title,
			r.published.String(), a.Body(), r.base, r.data, w.fold); err != nil {
			return fmt.Errorf("article %s: %w", a.ID, err)
		}
		r.la.pending = false
	}
	for _, r := range w.rows {
		for _, e := range r.entities {
			if _, err := w.entity.ExecContext(ctx, r.la.num, e.Name, string(e.Type)); err != nil {
				return fmt.Errorf("article %s: %w", r.la.art.ID, err)
			}
		}
	}
	w.rows = nil
	return nil
}

// write upserts a story row and points its articles at it, storing the
// new ones and rewriting only the stored articles the story changed.
func (w *storyWriter) write(ctx context.Context, j *storyJob, d dossier) error {
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
			string(d.data), string(firstJSON), string(relatedJSON)); err != nil {
			return err
		}
		for i, la := range d.las {
			switch {
			case la.pending:
				w.queue(newRow{la: la, story: j.id, published: la.art.Published, base: d.base[i], data: d.adata[i]})
			case la.story == j.id:
				continue
			default:
				if _, err := w.moved.ExecContext(ctx, j.id, la.num); err != nil {
					return fmt.Errorf("article %s: %w", la.art.ID, err)
				}
			}
			j.written = append(j.written, written{la, la.sum})
		}
		return nil
	}
	if _, err := w.story.ExecContext(ctx, j.id, d.story.Title, d.story.Summary, first, last, len(d.arts),
		string(artIDs), string(outletsJSON), string(d.data)); err != nil {
		return err
	}
	for i, a := range d.arts {
		la := d.las[i]
		sum := d.sums[i]
		switch {
		case la.pending:
			w.queue(newRow{la: la, story: j.id, published: a.Published, base: d.base[i], data: d.adata[i], entities: a.Entities})
			j.written = append(j.written, written{la, sum})
			continue
		case la.story == j.id && la.sum == sum:
			continue // unchanged since last written
		default:
			if _, err := w.article.ExecContext(ctx, j.id, a.Published.String(), d.adata[i], la.num); err != nil {
				return fmt.Errorf("article %s: %w", a.ID, err)
			}
			if _, err := w.clearEntities.ExecContext(ctx, la.num); err != nil {
				return fmt.Errorf("article %s: %w", a.ID, err)
			}
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
