package cluster

import (
	"testing"

	"github.com/newsfold/newsfold/internal/news"
)

// A lone article joins its closest story below the join threshold only
// when what happened agrees too, not who and where alone.
func TestSettleNeedsAgreeingWords(t *testing.T) {
	story := []string{
		"Mayor Edda Varrow opened the new Quillmarsh ferry terminal on the river after years of delays.",
		"The Quillmarsh ferry terminal, opened by Mayor Edda Varrow, will carry commuters across the river.",
	}
	sameEvent := "Commuters crowded the new ferry terminal in Quillmarsh, which Mayor Edda Varrow opened beside the river."
	otherEvent := "Mayor Edda Varrow of Quillmarsh lost a budget vote over school lunches and library hours."
	for _, tc := range []struct {
		name   string
		lone   string
		topic  float64
		joined bool
	}{
		{"words and names agree", sameEvent, 0.3, true},
		{"names alone agree", otherEvent, 0.3, false},
		{"names alone, no floor on words", otherEvent, 0.0001, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New(Options{JoinThreshold: 0.99, AttachThreshold: 0.01, AttachTopic: tc.topic, MergeThreshold: 0.99})
			for i, text := range append(story, tc.lone) {
				c.Add(&news.Article{ID: string(rune('a' + i)), Paragraphs: []string{text}})
			}
			groups := c.Groups()
			if joined := storyOf(groups, "c") == storyOf(groups, "a") || storyOf(groups, "c") == storyOf(groups, "b"); joined != tc.joined {
				t.Errorf("lone article joined a story = %v, want %v: %s", joined, tc.joined, partition(groups))
			}
		})
	}
}
