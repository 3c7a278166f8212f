// Package compare lines up the articles of one story. It takes a story's
// articles, already enriched with entities, quotations and resolved time
// expressions, and gives the story's headline and summary, its quotations
// with each article's wording and a word diff, the facts several articles
// share, the statements only one article carries, the slots (figures,
// dates) that articles fill differently, and a dated timeline.
//
// Every article is split into sentences (SplitSentences), and sentences
// that say the same thing in other words are aligned across articles by a
// weighted content-word cosine with light stemming, raised when names and
// numbers agree. Aligned sentences form statement groups; each group
// records which articles carry it.
//
// An article marked as a duplicate (DuplicateOf) counts as a copy of its
// original: a statement found only in an original and its reprints is still
// an exclusive of the original, never a fact. Facts list every article
// carrying the statement, reprints included.
//
// Lists are capped for reading: at most MaxFacts facts, MaxExclusives
// exclusives per article, MaxSummarySentences summary sentences. Every
// quotation is kept. Boilerplate (short lines, headings, navigation,
// questions to readers, copyright lines) never becomes a fact, an exclusive
// or part of the summary. Conflicts favour precision: only numbers attached
// to the same noun and explicit calendar dates in closely aligned
// sentences, and a person's title given as "former" in one article but
// current in another, are reported.
//
// A quotation variant whose ellipsis hides words of the main wording shows
// them as an "omitted" run that starts with "… ".
package compare
