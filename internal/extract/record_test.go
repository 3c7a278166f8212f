package extract

import (
	"reflect"
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

func TestExtractCleanText(t *testing.T) {
	tests := []struct {
		name      string
		page      news.Page
		wantTitle string
		wantParas []string
	}{
		{
			name: "blank-line blocks, title repeated at the top",
			page: news.Page{ID: "r1", Kind: news.KindText, Clean: true, Title: "Ferry service resumes",
				Content: "Ferry service resumes\n\nThe ferry to Brannock Isle sailed again on Tuesday.\n\nSubscribe to our newsletter.\n"},
			wantTitle: "Ferry service resumes",
			wantParas: []string{"The ferry to Brannock Isle sailed again on Tuesday.", "Subscribe to our newsletter."},
		},
		{
			name: "no title given: a headline-like first block is the title",
			page: news.Page{ID: "r2", Kind: news.KindText, Clean: true,
				Content: "Ferry service resumes after storm\nThe ferry to Brannock Isle sailed again on Tuesday.\nIt had been idle for a week."},
			wantTitle: "Ferry service resumes after storm",
			wantParas: []string{"The ferry to Brannock Isle sailed again on Tuesday.", "It had been idle for a week."},
		},
		{
			name: "lines of one block are joined",
			page: news.Page{ID: "r3", Kind: news.KindText, Clean: true,
				Content: "The ferry to Brannock Isle\nsailed again on Tuesday.\n\nIt had been idle for a week."},
			wantParas: []string{"The ferry to Brannock Isle sailed again on Tuesday.", "It had been idle for a week."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(tt.page)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.wantTitle {
				t.Errorf("title %q, want %q", a.Title, tt.wantTitle)
			}
			if !reflect.DeepEqual(a.Paragraphs, tt.wantParas) {
				t.Errorf("paragraphs\n got  %q\n want %q", a.Paragraphs, tt.wantParas)
			}
		})
	}
}

func TestExtractCleanTextEmpty(t *testing.T) {
	if _, err := Extract(news.Page{ID: "e", Kind: news.KindText, Clean: true, Content: "\n\n \n"}); err == nil {
		t.Error("want an error for a record with no text")
	}
}
