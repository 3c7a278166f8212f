package fold

import (
	"context"
	"strconv"

	"github.com/newsfold/newsfold/internal/cluster"
	"github.com/newsfold/newsfold/internal/dedup"
	"github.com/newsfold/newsfold/internal/extract"
	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
	"github.com/newsfold/newsfold/internal/nlp/timex"
	"github.com/newsfold/newsfold/internal/source"
)

// copyWindow is how many of the latest articles a stream compares an
// article with for copies: at a few hundred articles a day, some weeks.
const copyWindow = 20000

// StreamSummary is what a streaming run went through.
type StreamSummary struct {
	Articles int
	Stories  int
	Warnings []source.Warning
}

// Emit receives one finished story and its articles in story order. The
// articles are not used by the run afterwards.
type Emit func(s *news.Story, arts []*news.Article) error

// Stream folds a stream of pages too long to hold in memory, such as a
// feed's archive. Pages are read, extracted and understood on every
// processor while, in the order read, copies are marked and articles
// clustered; a story is completed, compared and handed to emit as soon as
// the dated stream has moved a window (30 days) past its latest article,
// and then let go. Stories still open at the end are handed on last.
//
// Unlike Run, Stream takes the articles in the order read, which should
// be about the order of publication; copies are found among the latest
// articles only, and a story's ID is its number in the stream (IDs are
// unique but not consecutive). Related lists the stories handed on
// before it or with it. emit is called from one goroutine at a time, in
// the order stories finish; an error from it ends the run.
func Stream(ctx context.Context, paths []string, opts Options, emit Emit) (StreamSummary, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var sum StreamSummary
	warn := collectWarnings(&sum.Warnings, opts.Warn)

	// Stories are finished on every processor and handed to emit in
	// the order they closed.
	var emitErr error
	finish := newOrdered(finishGroup, func(s finished) {
		if emitErr != nil {
			return
		}
		sum.Stories++
		if err := emit(s.story, s.arts); err != nil {
			emitErr = err
			cancel()
		}
	})

	arrived := make(chan prepared, 256)
	readErr := make(chan error, 1)
	go func() {
		defer close(arrived)
		work := newOrdered(prepare, func(p prepared) {
			if p.err != nil {
				warn(source.Warning{Path: p.path, Err: p.err})
				return
			}
			arrived <- p
		})
		r := &source.Reader{MaxBytes: opts.MaxBytes, Progress: opts.Progress}
		err := r.Read(ctx, paths, func(p news.Page) error {
			work.add(p)
			return nil
		}, warn)
		work.wait()
		readErr <- err
	}()

	copies := dedup.NewStream(copyWindow)
	c := cluster.New(cluster.Options{Release: true})
	for p := range arrived {
		sum.Articles++
		copies.Add(p.art, p.print)
		c.AddDescribed(p.art, p.feats)
		for _, g := range c.Finished() {
			finish.add(g)
		}
	}
	err := <-readErr
	if sum.Articles > 0 {
		if opts.Phase != nil {
			opts.Phase("finishing the stories still open")
		}
		for _, g := range c.Groups() {
			finish.add(g)
		}
	}
	finish.wait()
	switch {
	case emitErr != nil:
		return sum, emitErr
	case err != nil:
		return sum, err
	case sum.Articles == 0:
		return sum, ErrNothingRead
	}
	return sum, nil
}

// prepared is a page extracted, understood and described for copy
// detection and clustering.
type prepared struct {
	path  string
	art   *news.Article
	print *dedup.Print
	feats *cluster.Features
	err   error
}

func prepare(p news.Page) prepared {
	a, err := extract.Extract(p)
	if err != nil {
		return prepared{path: p.Path, err: err}
	}
	Understand(a)
	return prepared{path: p.Path, art: a, print: dedup.Prepare(a), feats: cluster.Describe(a)}
}

// finished is a story ready to hand on.
type finished struct {
	story *news.Story
	arts  []*news.Article
}

// finishGroup completes a group's dates and names from each other and
// compares its articles.
func finishGroup(g cluster.Group) finished {
	entity.MergeStory(g.Articles)
	timex.DateStory(g.Articles)
	s := compareGroup(g)
	s.ID = storyID(g.Story)
	for _, r := range g.RelatedStories {
		s.Related = append(s.Related, storyID(r))
	}
	return finished{s, g.Articles}
}

func storyID(n int) string { return "s" + strconv.Itoa(n+1) }
