// Package watch keeps a store fed from news feeds. It takes a store, a
// list of feed addresses and a polite fetcher; on each poll it fetches
// every feed (conditionally, with the validators of the last fetch kept
// in the store so they outlive restarts), fetches the article page of
// each item not seen before, once, and adds the pages to the store. It
// gives per-poll counts of what it read, fetched and added.
//
// An item is remembered as seen only once its page is committed to the
// store. An article whose fetch fails is tried again at the next poll
// (the feed is then fetched in full, not conditionally) up to
// Options.MaxAttempts polls, then given up. A failure on one feed or one
// article is logged and the poll goes on.
package watch
