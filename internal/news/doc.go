// Package news holds the plain data that flows through newsfold's pipeline:
// a Page as read from a source, the Article extracted from it and enriched
// with entities, quotes and dates, and the Story that groups articles about
// one real-world event. It imports nothing else of newsfold's, so every
// stage can depend on it without depending on another stage.
package news
