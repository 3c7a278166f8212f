package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/newsfold/newsfold/internal/cluster"
	"github.com/newsfold/newsfold/internal/dedup"
	"github.com/newsfold/newsfold/internal/news"
)

// live is the open window of a store: the recent articles that may still
// gain story mates, each as understood alone, fed to one clusterer, with
// the story each is stored under.
type live struct {
	c        *cluster.Clusterer
	copies   *dedup.Stream
	arts     map[string]*liveArticle // by article ID
	idOf     map[int]string          // story IDs by the clusterer's story numbers
	storySeq int                     // the last story number given
}

// liveArticle is one article of the window.
type liveArticle struct {
	num   int64         // articles.num
	art   *news.Article // as understood alone; the clusterer holds it
	story string        // the story it is stored under; "" before its first fold
	sum   uint64        // a hash of the article as last written; 0 when unknown

	print *dedup.Print      // for copy detection, until added
	feats *cluster.Features // for clustering, until added
}

// copyWindow is how many of the latest articles a new one is compared
// with for copies.
const copyWindow = 5000

// Meta keys the store keeps for itself.
const (
	metaStorySeq   = "store.story_seq"
	metaGeneration = "store.generation"
)

func newLive() *live {
	return &live{
		c:      cluster.New(cluster.Options{}),
		copies: dedup.NewStream(copyWindow),
		arts:   map[string]*liveArticle{},
		idOf:   map[int]string{},
	}
}

// describe computes what copy detection and clustering read of the
// articles, on every worker.
func describe(workers int, las []*liveArticle) {
	forEach(workers, len(las), func(i int) {
		la := las[i]
		la.print = dedup.Prepare(la.art)
		la.feats = cluster.Describe(la.art)
	})
}

// markCopy marks la as a copy of a recent article, or not.
func (l *live) markCopy(la *liveArticle) {
	l.copies.Add(la.art, la.print)
	la.print = nil
}

// add puts la into the window and the clusterer.
func (l *live) add(la *liveArticle) {
	l.arts[la.art.ID] = la
	l.c.AddDescribed(la.art, la.feats)
	la.feats = nil
}

// newStoryID gives the next story ID.
func (l *live) newStoryID() string {
	l.storySeq++
	return "s" + strconv.Itoa(l.storySeq)
}

// generation reads the store's ingest generation, which every fold
// moves on; a window loaded at another generation is stale.
func generation(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (string, error) {
	var g string
	err := q.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, metaGeneration).Scan(&g)
	if err == sql.ErrNoRows {
		return "0", nil
	}
	return g, err
}

// loadLive rebuilds the window from the store: the articles published in
// the last WindowDays before the newest, and the latest undated ones, at
// most WindowArticles, clustered again in order of publication.
func (s *SQLite) loadLive(ctx context.Context) (*live, error) {
	l := newLive()
	var seq sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, metaStorySeq).Scan(&seq)
	if err != nil && err != sql.ErrNoRows {
		return nil, fmt.Errorf("load window: %w", err)
	}
	if seq.Valid {
		if l.storySeq, err = strconv.Atoi(seq.String); err != nil {
			return nil, fmt.Errorf("load window: story sequence %q: %w", seq.String, err)
		}
	}
	var newest sql.NullString
	if err := s.db.QueryRowContext(ctx, `SELECT MAX(published) FROM articles WHERE published != ''`).Scan(&newest); err != nil {
		return nil, fmt.Errorf("load window: %w", err)
	}
	since := ""
	if newest.Valid {
		if d, err := news.ParseDate(newest.String); err == nil {
			t, _ := d.Time()
			since = news.DateOf(t.AddDate(0, 0, -s.opts.WindowDays)).String()
		}
	}
	rows, err := s.db.QueryContext(ctx, `SELECT num, fold, COALESCE(story, ''), base FROM articles
		WHERE published >= ? OR published = '' ORDER BY num DESC LIMIT ?`, since, s.opts.WindowArticles)
	if err != nil {
		return nil, fmt.Errorf("load window: %w", err)
	}
	defer rows.Close()
	var las []*liveArticle
	folds := map[*liveArticle]int64{}
	for rows.Next() {
		la := &liveArticle{}
		var base []byte
		var fold int64
		if err := rows.Scan(&la.num, &fold, &la.story, &base); err != nil {
			return nil, fmt.Errorf("load window: %w", err)
		}
		la.art = &news.Article{}
		if err := json.Unmarshal(base, la.art); err != nil {
			return nil, fmt.Errorf("load window: article %d: %w", la.num, err)
		}
		las = append(las, la)
		folds[la] = fold
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load window: %w", err)
	}
	// The articles are grouped again fold by fold, in the order each fold
	// added them, so that the clusterer comes to the state it was in.
	sort.Slice(las, func(i, j int) bool {
		if folds[las[i]] != folds[las[j]] {
			return folds[las[i]] < folds[las[j]]
		}
		return las[i].num < las[j].num
	})
	start := time.Now()
	describe(s.opts.Workers, las)
	for i, la := range las {
		if i > 0 && folds[la] != folds[las[i-1]] {
			l.c.Groups()
		}
		// Copies were marked when the articles arrived; the stream only
		// learns the originals here.
		was := la.art.DuplicateOf
		l.markCopy(la)
		la.art.DuplicateOf = was
		l.add(la)
	}
	if len(las) > 0 {
		l.c.Groups()
	}
	s.opts.Log.Debug("store window loaded", "articles", len(las), "since", since, "took", time.Since(start))
	return l, nil
}

// arrivesBefore orders articles by publication date, undated last.
func arrivesBefore(a, b *news.Article) bool {
	if a.Published.HasYear() != b.Published.HasYear() {
		return a.Published.HasYear()
	}
	return a.Published.Before(b.Published)
}
