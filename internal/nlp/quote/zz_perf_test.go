package quote

import (
	"strings"
	"testing"
	"time"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
)

func TestPerfQuotes(t *testing.T) {
	for _, body := range []string{
		strings.Repeat("“We tried,” he said. ", 3000),
		strings.Repeat("Mr. Abc said “x y z” and she said “a b c.” ", 2000),
		strings.Repeat("\"", 50000),
		strings.Repeat("“a b, ", 10000),
		strings.Repeat("'a b' ", 10000),
		strings.Repeat("he she his her. ", 10000),
	} {
		a := &news.Article{Paragraphs: []string{body}}
		st := time.Now()
		entity.Find(a)
		Find(a)
		t.Log(len(body), time.Since(st), len(a.Quotes))
	}
}

func TestPerfPronouns(t *testing.T) {
	body := strings.Repeat(strings.Repeat("he ", 60)+". ", 300) + strings.Repeat("“We tried,” he said. ", 300)
	a := &news.Article{Paragraphs: []string{"Mr. Abc left.", body}}
	st := time.Now()
	entity.Find(a)
	Find(a)
	t.Log(len(body), time.Since(st), len(a.Quotes))
}
