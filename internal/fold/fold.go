// Package fold runs newsfold's whole pipeline: it takes paths, reads their
// pages, extracts and understands the articles, groups them into stories
// and compares each story's articles. It gives a Result for reporting, or,
// for a stream too long to hold (Stream), hands each story on as it
// closes.
package fold

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strconv"
	"sync"

	"github.com/newsfold/newsfold/internal/cluster"
	"github.com/newsfold/newsfold/internal/compare"
	"github.com/newsfold/newsfold/internal/dedup"
	"github.com/newsfold/newsfold/internal/extract"
	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
	"github.com/newsfold/newsfold/internal/nlp/quote"
	"github.com/newsfold/newsfold/internal/nlp/timex"
	"github.com/newsfold/newsfold/internal/source"
)

// ErrNothingRead is returned when no input gave a usable article.
var ErrNothingRead = errors.New("no usable article was read")

// Options configure a run.
type Options struct {
	// MaxBytes is the size limit of one input file; 0 means the default.
	MaxBytes int64
	// Progress, when set, is told how much input has been read.
	Progress func(done, total int64)
	// Warn, when set, is told of every input skipped, as it happens.
	Warn func(source.Warning)
	// Phase, when set, is told what the run does once reading is over,
	// such as "grouping 772 articles".
	Phase func(string)
	Log   *slog.Logger
}

// Result is what a run found.
type Result struct {
	Articles []*news.Article
	Stories  []*news.Story
	Warnings []source.Warning
}

// Run reads every page under paths and folds the articles into stories.
// It returns ErrNothingRead (with the warnings in the Result) when no
// input gave an article.
func Run(ctx context.Context, paths []string, opts Options) (*Result, error) {
	res, err := Extract(ctx, paths, opts)
	if err != nil {
		return res, err
	}
	if opts.Phase != nil {
		opts.Phase(fmt.Sprintf("grouping %d %s", len(res.Articles), plural(len(res.Articles), "article", "articles")))
	}
	res.Stories = Group(res.Articles)
	return res, nil
}

// Extract reads every page under paths and extracts and understands its
// article, without grouping. It returns ErrNothingRead when no input gave
// an article.
func Extract(ctx context.Context, paths []string, opts Options) (*Result, error) {
	res := &Result{}
	warn := collectWarnings(&res.Warnings, opts.Warn)
	// Pages are extracted and understood on every processor; results
	// keep the order the pages were read in.
	type outcome struct {
		page news.Page
		art  *news.Article
		err  error
	}
	work := newOrdered(func(p news.Page) outcome {
		a, err := extract.Extract(p)
		if err == nil {
			Understand(a)
		}
		return outcome{p, a, err}
	}, func(o outcome) {
		if o.err != nil {
			warn(source.Warning{Path: o.page.Path, Err: o.err})
			return
		}
		res.Articles = append(res.Articles, o.art)
	})
	r := &source.Reader{MaxBytes: opts.MaxBytes, Progress: opts.Progress}
	err := r.Read(ctx, paths, func(p news.Page) error {
		work.add(p)
		return nil
	}, warn)
	work.wait()
	if err != nil {
		return res, err
	}
	if len(res.Articles) == 0 {
		return res, ErrNothingRead
	}
	return res, nil
}

// Understand finds an article's entities, quotes and own date.
func Understand(a *news.Article) {
	entity.Find(a)
	quote.Find(a)
	timex.DateArticle(a)
}

// Group marks duplicates, clusters the articles into stories in order of
// publication, completes their dates from their stories and compares each
// story's articles. Articles are sorted into story order.
func Group(arts []*news.Article) []*news.Story {
	// What copy detection and clustering read of each article alone is
	// computed on every processor first.
	prints := make([]*dedup.Print, len(arts))
	feats := make([]*cluster.Features, len(arts))
	forEach(len(arts), func(i int) {
		if arts[i] != nil {
			prints[i] = dedup.Prepare(arts[i])
			feats[i] = cluster.Describe(arts[i])
		}
	})
	dedup.MarkPrinted(arts, prints)
	order := make([]int, 0, len(arts))
	for i, a := range arts {
		if a != nil {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return arrivesBefore(arts[order[i]], arts[order[j]]) })

	c := cluster.New(cluster.Options{})
	for _, i := range order {
		c.AddDescribed(arts[i], feats[i])
	}
	feats = nil
	groups := c.Groups()
	published := make([]news.Date, len(arts))
	for i, a := range arts {
		if a != nil {
			published[i] = a.Published
		}
	}
	forEach(len(groups), func(i int) {
		entity.MergeStory(groups[i].Articles)
		timex.DateStory(groups[i].Articles)
	})
	// Dates completed from the stories can change which of two copies
	// came first.
	for i, a := range arts {
		if a != nil && a.Published != published[i] {
			dedup.MarkPrinted(arts, prints)
			break
		}
	}
	prints = nil
	return finishStories(groups)
}

// finishStories compares each group's articles and numbers the stories
// by first publication.
func finishStories(groups []cluster.Group) []*news.Story {
	stories := make([]*news.Story, len(groups))
	forEach(len(groups), func(i int) {
		g := groups[i]
		stories[i] = compareGroup(g)
	})
	// Number stories by first publication, undated last.
	idx := make([]int, len(stories))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		a, b := stories[idx[i]].FirstPublished, stories[idx[j]].FirstPublished
		if a.HasYear() != b.HasYear() {
			return a.HasYear()
		}
		return a.Before(b)
	})
	newID := make([]string, len(stories))
	for rank, i := range idx {
		newID[i] = "s" + strconv.Itoa(rank+1)
	}
	out := make([]*news.Story, len(stories))
	for rank, i := range idx {
		s := stories[i]
		s.ID = newID[i]
		for _, r := range groups[i].Related {
			s.Related = append(s.Related, newID[r])
		}
		sort.Strings(s.Related)
		out[rank] = s
	}
	return out
}

// compareGroup sorts a group's articles into story order and compares
// them.
func compareGroup(g cluster.Group) *news.Story {
	sort.SliceStable(g.Articles, func(i, j int) bool { return arrivesBefore(g.Articles[i], g.Articles[j]) })
	s := &news.Story{}
	for _, a := range g.Articles {
		s.Articles = append(s.Articles, a.ID)
		if a.Published.HasYear() && (s.FirstPublished.IsZero() || a.Published.Before(s.FirstPublished)) {
			s.FirstPublished = a.Published
		}
	}
	compare.Compare(s, g.Articles)
	return s
}

// arrivesBefore orders articles by publication date, undated last, keeping
// input order otherwise.
func arrivesBefore(a, b *news.Article) bool {
	if a.Published.HasYear() != b.Published.HasYear() {
		return a.Published.HasYear()
	}
	return a.Published.Before(b.Published)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// collectWarnings returns a function that appends each warning to *dst
// and hands it to forward (when set). Warnings come from the reader and
// the workers, so the function may be called from several goroutines.
func collectWarnings(dst *[]source.Warning, forward func(source.Warning)) func(source.Warning) {
	var mu sync.Mutex
	return func(w source.Warning) {
		mu.Lock()
		defer mu.Unlock()
		*dst = append(*dst, w)
		if forward != nil {
			forward(w)
		}
	}
}
