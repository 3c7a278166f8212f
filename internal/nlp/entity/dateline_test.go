package entity

import (
	"reflect"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

func TestFindDateline(t *testing.T) {
	tests := []struct {
		name  string
		place string
		paras []string
		want  []news.Entity
	}{
		{
			name:  "a dateline's city set in capitals comes first",
			place: "KARLSTAD",
			paras: []string{"Mayor Ilse Marten spoke on Monday."},
			want: []news.Entity{
				{Name: "Karlstad", Type: news.Place, Mentions: []string{"KARLSTAD"}},
				{Name: "Ilse Marten", Type: news.Person, Mentions: []string{"Ilse Marten", "Mayor Ilse Marten"}},
			},
		},
		{
			name:  "a place the body names gains the dateline's spelling",
			place: "OSLO, Norway",
			paras: []string{"Talks in Oslo stalled."},
			want: []news.Entity{
				{Name: "Norway", Type: news.Place, Mentions: []string{"Norway"}},
				{Name: "Oslo", Type: news.Place, Mentions: []string{"Oslo", "OSLO"}},
			},
		},
		{
			name:  "no dateline adds nothing",
			paras: []string{"Talks in Oslo stalled."},
			want:  []news.Entity{{Name: "Oslo", Type: news.Place, Mentions: []string{"Oslo"}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &news.Article{Paragraphs: tc.paras}
			if tc.place != "" {
				a.Dateline = &news.Dateline{Place: tc.place, Text: tc.place + " —"}
			}
			Find(a)
			if !reflect.DeepEqual(a.Entities, tc.want) {
				t.Errorf("entities:\n got %+v\nwant %+v", a.Entities, tc.want)
			}
		})
	}
}
