// Package synth invents a deterministic stream of news articles for
// measuring newsfold on loads larger than any hand-gathered corpus. It
// takes a seed and options and gives news.Page values, or the same
// articles as JSON Lines records in the shape newsfold reads (id, cluster,
// source, title, date, url, text), each labelled with the event it tells.
//
// The articles read like wire news to the pipeline: English function
// words around an invented vocabulary, invented people (named in full,
// then as "Ms. Velik"), organisations and places, a dateline, quotations
// with cue verbs, written dates and figures. Events recur by topic, so two
// different events share a topic's words and some of its people, and a
// story's articles come from several invented outlets over a few days,
// with the odd reprinted wire copy.
package synth
