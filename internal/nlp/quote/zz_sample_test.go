package quote

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
)

func TestSampleBasil(t *testing.T) {
	if os.Getenv("DEBUG") == "" {
		t.Skip()
	}
	f, err := os.Open("../../../../shared/data/clustering/basil-dev.jsonl")
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	type item struct {
		q    news.Quote
		ctx  string
		prev string
	}
	var all []item
	for sc.Scan() {
		var rec struct{ Title, Text string }
		json.Unmarshal(sc.Bytes(), &rec)
		var paras []string
		for _, p := range strings.Split(rec.Text, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
		a := &news.Article{Title: rec.Title, Paragraphs: paras}
		entity.Find(a)
		Find(a)
		for _, q := range a.Quotes {
			prev := ""
			if q.Paragraph > 0 {
				prev = paras[q.Paragraph-1]
			}
			all = append(all, item{q, paras[q.Paragraph], prev})
		}
	}
	r := rand.New(rand.NewSource(11))
	r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	fmt.Println("total quotes:", len(all))
	for _, it := range all[:30] {
		fmt.Printf("\n### speaker=%q\nQ: %.120s\nPREV: %.300s\nPARA: %.500s\n", it.q.Speaker, it.q.Text, it.prev, it.ctx)
	}
}
