package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
)

// Comparing a story's articles costs most of a fold, and grows with the
// story. A story big enough that changes in fold after fold has only its
// membership written (it is marked stale) and is compared again at most
// every compareEvery folds, and in the first fold that leaves it alone.
const (
	lightMin     = 8
	compareEvery = 4
)

// deferCompare marks the jobs whose comparison can wait: every one when
// stories are compared at rest, else those of big stories that keep
// changing.
func (l *live) deferCompare(jobs []*storyJob, fold int64, atRest bool) {
	for _, j := range jobs {
		if atRest {
			j.light = true
			continue
		}
		touched, wasTouched := l.touched[j.id]
		compared, wasCompared := l.compared[j.id]
		if len(j.absorb) == 0 && len(j.members) >= lightMin && wasTouched && touched == fold-1 &&
			wasCompared && fold-compared < compareEvery {
			j.light = true
		}
	}
}

// staleJobs gives a job for every stale story not among jobs or deleted:
// its articles are compared now.
func staleJobs(ctx context.Context, tx *sql.Tx, l *live, jobs []*storyJob, deleted []string) ([]*storyJob, error) {
	skip := map[string]bool{}
	for _, j := range jobs {
		skip[j.id] = true
	}
	for _, id := range deleted {
		skip[id] = true
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, COALESCE(json_extract(data, '$.Related'), 'null') FROM stories WHERE stale = 1`)
	if err != nil {
		return nil, fmt.Errorf("stale stories: %w", err)
	}
	defer rows.Close()
	byID := map[string]*storyJob{}
	var out []*storyJob
	for rows.Next() {
		var id string
		var related []byte
		if err := rows.Scan(&id, &related); err != nil {
			return nil, fmt.Errorf("stale stories: %w", err)
		}
		if skip[id] {
			continue
		}
		j := &storyJob{id: id}
		if err := json.Unmarshal(related, &j.related); err != nil {
			return nil, fmt.Errorf("story %s: related: %w", id, err)
		}
		byID[id] = j
		out = append(out, j)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("stale stories: %w", err)
	}
	if len(out) > 0 {
		for _, la := range l.arts {
			if j := byID[la.story]; j != nil {
				j.members = append(j.members, la)
			}
		}
	}
	return out, nil
}

// compareAhead completes and compares the jobs' stories in the
// background, for the next fold or Settle to write (takeAhead).
func (l *live) compareAhead(s *SQLite, jobs []*storyJob) {
	if len(jobs) == 0 {
		return
	}
	done := make(chan struct{})
	l.ahead, l.aheadDone = jobs, done
	go func() {
		defer close(done)
		s.completeAll(jobs)
	}()
}

// takeAhead waits for the stories compared in the background and gives
// them; nil when there are none.
func (l *live) takeAhead() []*storyJob {
	if l.aheadDone == nil {
		return nil
	}
	<-l.aheadDone
	jobs := l.ahead
	l.ahead, l.aheadDone = nil, nil
	return jobs
}

// restingJobs keeps the stale stories' jobs that are not among jobs or
// deleted: the fold left them alone.
func restingJobs(stale, jobs []*storyJob, deleted []string) []*storyJob {
	skip := map[string]bool{}
	for _, j := range jobs {
		skip[j.id] = true
	}
	for _, id := range deleted {
		skip[id] = true
	}
	var out []*storyJob
	for _, j := range stale {
		if !skip[j.id] {
			out = append(out, j)
		}
	}
	return out
}

// Settle compares again the articles of every story whose comparison
// was put off, so that every dossier is up to date. Ingest calls it when
// its input is done; a later fold does it too.
func (s *SQLite) Settle(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store %s: settle: %w", s.path, err)
	}
	defer tx.Rollback()
	gen, err := generation(ctx, tx)
	if err != nil {
		return fmt.Errorf("store %s: settle: %w", s.path, err)
	}
	l := s.live
	current := l != nil && s.epoch == gen
	var ahead []*storyJob
	if l != nil {
		ahead = l.takeAhead()
	}
	if !current {
		// Without a window up to date, the stories' articles are all
		// read from the store.
		l, ahead = newLive(), nil
	}
	s.live = nil // until the transaction commits
	jobs, err := staleJobs(ctx, tx, l, ahead, nil)
	if err != nil {
		return fmt.Errorf("store %s: settle: %w", s.path, err)
	}
	jobs = append(ahead, jobs...)
	if len(jobs) > 0 {
		if err := s.writeStories(ctx, tx, l, jobs, nil, nil, gen); err != nil {
			return fmt.Errorf("store %s: settle: %w", s.path, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("store %s: settle: %w", s.path, err)
		}
		l.remember(jobs, gen)
	}
	if current {
		s.live = l
	}
	return nil
}

// remember notes, once the transaction is committed, what the jobs of
// fold wrote.
func (l *live) remember(jobs []*storyJob, fold int64) {
	for _, j := range jobs {
		for _, w := range j.written {
			w.la.story = j.id
			if !j.light {
				w.la.sum = w.sum
			}
		}
		if !j.light {
			l.compared[j.id] = fold
		}
	}
}
