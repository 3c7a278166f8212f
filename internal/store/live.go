package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"runtime"
	"strconv"
	"time"

	"github.com/newsfold/newsfold/internal/cluster"
	"github.com/newsfold/newsfold/internal/dedup"
	"github.com/newsfold/newsfold/internal/fold"
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
	// touched and compared give the last fold that changed a story and
	// the last that compared its articles.
	touched, compared map[string]int64
	// ahead are stale stories being compared in the background since
	// the last fold, until aheadDone closes.
	ahead     []*storyJob
	aheadDone chan struct{}
}

// liveArticle is one article of the window.
type liveArticle struct {
	num   int64         // articles.num
	art   *news.Article // as understood alone; the clusterer holds it
	story string        // the story it is stored under; "" before its first fold
	sum   uint64        // a hash of the article as last written; 0 when unknown
	// pending says the article is new in this fold and not stored yet;
	// page is the row of the page it came from.
	pending bool
	page    int64

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

		touched:  map[string]int64{},
		compared: map[string]int64{},
	}
}

// describe computes what copy detection and clustering read of la's
// article.
func (la *liveArticle) describe() {
	la.print = dedup.Prepare(la.art)
	la.feats = cluster.Describe(la.art)
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

// generation reads the store's fold generation, which every fold moves
// on; a window loaded at another generation is behind.
func generation(ctx context.Context, tx *sql.Tx) (int64, error) {
	var g string
	err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, metaGeneration).Scan(&g)
	if err == sql.ErrNoRows {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	n, err := strconv.ParseInt(g, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("fold generation %q: %w", g, err)
	}
	return n, nil
}

// loadLive rebuilds the window from the store: the articles folded
// last, at most WindowArticles, grouped again fold by fold.
func (s *SQLite) loadLive(ctx context.Context) (*live, error) {
	l := newLive()
	var last int64
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(num), 0) FROM articles`).Scan(&last)
	if err != nil {
		return nil, fmt.Errorf("load window: %w", err)
	}
	if err := s.replay(ctx, l, last-int64(s.opts.WindowArticles)); err != nil {
		return nil, fmt.Errorf("load window: %w", err)
	}
	return l, nil
}

// catchUp brings the window up to date with what another process folded
// since it was loaded (generation gen), or, when that was too much,
// loads it afresh.
func (s *SQLite) catchUp(ctx context.Context, l *live, gen int64) (*live, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles WHERE fold > ?`, gen).Scan(&n); err != nil {
		return nil, fmt.Errorf("catch up: %w", err)
	}
	if n > s.opts.WindowArticles/2 {
		return s.loadLive(ctx)
	}
	var oldest int64 = -1
	for _, la := range l.arts {
		if oldest < 0 || la.num < oldest {
			oldest = la.num
		}
		la.sum = 0 // the other process may have rewritten it
	}
	// The other process may have moved articles of the window to other
	// stories.
	rows, err := s.db.QueryContext(ctx, `SELECT id, COALESCE(story, '') FROM articles WHERE num >= ?`, oldest)
	if err != nil {
		return nil, fmt.Errorf("catch up: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, story string
		if err := rows.Scan(&id, &story); err != nil {
			return nil, fmt.Errorf("catch up: %w", err)
		}
		if la := l.arts[id]; la != nil {
			la.story = story
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("catch up: %w", err)
	}
	if err := s.replayFolds(ctx, l, gen); err != nil {
		return nil, fmt.Errorf("catch up: %w", err)
	}
	return l, nil
}

// replay adds the articles numbered after afterNum to the window, fold
// by fold.
func (s *SQLite) replay(ctx context.Context, l *live, afterNum int64) error {
	return s.replayWhere(ctx, l, `num > ?`, afterNum)
}

// replayFolds adds the articles of the folds after gen to the window.
func (s *SQLite) replayFolds(ctx context.Context, l *live, gen int64) error {
	return s.replayWhere(ctx, l, `fold > ?`, gen)
}

// replayWhere adds the articles matching the condition to the window
// and its clusterer fold by fold, in the order each fold added them, so
// that the clusterer comes to the state it was in.
func (s *SQLite) replayWhere(ctx context.Context, l *live, cond string, arg int64) error {
	rows, err := s.db.QueryContext(ctx, `SELECT num, fold, COALESCE(story, ''), base FROM articles
		WHERE `+cond+` ORDER BY fold, num`, arg)
	if err != nil {
		return err
	}
	defer rows.Close()
	var las []*liveArticle
	var bases [][]byte
	folds := map[*liveArticle]int64{}
	for rows.Next() {
		la := &liveArticle{}
		var base []byte
		var fold int64
		if err := rows.Scan(&la.num, &fold, &la.story, &base); err != nil {
			return err
		}
		las = append(las, la)
		bases = append(bases, base)
		folds[la] = fold
	}
	if err := rows.Err(); err != nil {
		return err
	}
	start := time.Now()
	// The fold waits for the replay: its articles are decoded and
	// described on every processor, not only the workers left beside
	// the fold.
	errs := make([]error, len(las))
	fold.ForEach(max(s.opts.Workers, runtime.GOMAXPROCS(0)), len(las), func(i int) {
		la := las[i]
		la.art = &news.Article{}
		if err := json.Unmarshal(bases[i], la.art); err != nil {
			errs[i] = fmt.Errorf("article %d: %w", la.num, err)
			return
		}
		bases[i] = nil
		la.describe()
	})
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
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
	s.opts.Log.Debug("store: window replayed", "articles", len(las), "took", time.Since(start))
	return nil
}

// storySeq reads the last story number given.
func storySeq(ctx context.Context, tx *sql.Tx) (int, error) {
	var seq string
	err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, metaStorySeq).Scan(&seq)
	if err == sql.ErrNoRows {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	n, err := strconv.Atoi(seq)
	if err != nil {
		return 0, fmt.Errorf("story sequence %q: %w", seq, err)
	}
	return n, nil
}

// arrivesBefore orders articles by publication date, undated last.
func arrivesBefore(a, b *news.Article) bool {
	if a.Published.HasYear() != b.Published.HasYear() {
		return a.Published.HasYear()
	}
	return a.Published.Before(b.Published)
}
