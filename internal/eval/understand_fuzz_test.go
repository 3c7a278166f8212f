package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// FuzzReadUnderstandGold checks that reading gold never fails badly, that
// what it accepts, written back, reads the same, and that gold scored
// against articles carrying exactly its labels scores perfectly.
func FuzzReadUnderstandGold(f *testing.F) {
	for _, name := range []string{"understand_gold.jsonl", "understand_pred.jsonl"} {
		if b, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(string(b))
		}
	}
	f.Add(`{"id":"a","published":null,"quotes":[{"text":"...","speaker":null}]}`)
	f.Add(`{"id":"a","entities":[{"name":"The  the","type":"org","mentions":null}]}` + "\n" + `{"id":"b","times":[{"text":"x","value":"2000-02-29"}]}`)
	f.Add(`{"id":"a","times":[{"text":"\u0301","value":"2001"}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		gold, err := ReadUnderstandGold(strings.NewReader(in))
		if err != nil {
			return
		}
		var b bytes.Buffer
		if err := WriteUnderstandGold(&b, gold); err != nil {
			t.Fatalf("writing: %v", err)
		}
		again, err := ReadUnderstandGold(&b)
		if err != nil {
			t.Fatalf("rereading: %v\n%s", err, b.String())
		}
		if len(gold) == 0 && len(again) == 0 {
			return
		}
		if !reflect.DeepEqual(again, gold) {
			t.Fatalf("round trip:\n got %+v\nwant %+v", again, gold)
		}
		s := ScoreUnderstand(gold, understandArticles(t, gold))
		worded := 0
		for _, g := range gold {
			for _, q := range g.Quotes {
				if len(understandWords(q.Text)) > 0 {
					worded++
				}
			}
		}
		if s.MatchedQuotes != worded || s.RightSpeakers != s.MatchedQuotes || s.MatchedEntities != s.GoldEntities ||
			s.MatchedPersons != s.GoldPersons || s.MergedPersons != s.AliasPersons || s.RightTimes != s.GoldTimes ||
			s.RightDates != s.Articles || s.Found != len(gold) {
			t.Fatalf("gold against itself: %+v", s)
		}
	})
}
