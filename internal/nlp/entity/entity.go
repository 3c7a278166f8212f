// Package entity finds the people, organisations and places an article
// names, and merges the mentions of each under one canonical name.
package entity

import "github.com/newsfold/newsfold/internal/news"

// Find sets a.Entities from a's title and body.
func Find(a *news.Article) {}

// MergeStory gives the same entity the same canonical name across the
// articles of one story.
func MergeStory(arts []*news.Article) {}
