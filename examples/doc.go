// Package examples holds newsfold's example corpus: invented news pages in
// pages/ (flattened text, HTML and a JSON Lines feed), the expected story of
// each page in stories.jsonl, and README.md describing both. It has no code;
// its tests keep the three consistent.
package examples
