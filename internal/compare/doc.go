// Package compare lines up the articles of one story. It takes a story's
// articles (in story order, already enriched with entities, quotations and
// resolved time expressions) and gives the story's headline and summary,
// its quotations with each article's wording and a word diff, the facts
// several articles share, the statements only one article carries, the
// slots (figures, dates, titles) that articles fill differently, and a
// dated timeline.
//
// Every article is split into sentences (SplitSentences) and a leading
// dateline is dropped. Sentences that say the same thing in other words
// are aligned across articles by a tf-idf weighted content-word cosine
// with light stemming and a small lexicon of words news reports use for
// one another, raised when names (and the story's canonical entity names)
// and figures agree, when they give close counts of people to whom the
// same thing happened, and when both lead their articles; two sentences holding one matched quotation
// are aligned outright. A candidate pair is kept only when it comes
// within 80% of one side's closest sentence in the other article.
// Aligned sentences form statement groups of at most one sentence an
// article, each recording which articles carry it; a close pair that
// alignment left in two groups becomes a statement of its own (up to four
// a sentence), so a sentence joining two claims that other articles carry
// apart, or an article giving one claim both as a paraphrase and as the
// quotation it sums up, stands in several. Story.Statements lists every
// statement two or more articles carry with each article's sentence.
// Furniture (IsBoilerplate) is never aligned and never becomes a fact, an
// exclusive or part of the summary.
//
// An article marked as a duplicate (DuplicateOf) counts as a copy of its
// original: a statement found only in an original and its reprints is an
// exclusive of the original, never a fact, and figures in a reprint never
// conflict with its original. Facts list every article carrying the
// statement, reprints included.
//
// Lists are capped for reading: at most MaxFacts facts and MaxExclusives
// exclusives an article, most important first (by how many originals carry
// the statement, how early it comes in them and how salient its names
// are); a story with one original has no exclusives. CompareWith with
// Options.AllExclusives lists instead every statement no sentence of
// another article comes close to, as measurement wants. Every quotation is
// kept, those several originals carry first. The summary takes 2 to
// MaxSummarySentences statements by maximal marginal relevance, favouring
// leads, in reading order, never a quotation fragment.
//
// Two quotations are one when the shorter keeps most of its words, in
// order and close together, in the longer, and their speakers agree (or
// the shorter stands nearly word for word in the longer, as a passage
// can be credited to the wrong person); when they share an unbroken run
// of eight words and their speakers agree or one wording names the
// other's speaker, or twelve whoever speaks; or when one named speaker's
// two wordings share a run of five words, two of them content words.
// Words are matched with contractions spelt out and a closed compound
// meeting its two words. Two parts of a passage another article gives
// whole join it. A phrase an article puts in quotation marks that the
// quotation finder credits to no one (titles aside) joins the quotation
// it repeats, and two articles' such phrases make an entry of their own;
// a phrase one original alone quotes makes none. The fullest wording is
// the main text. When wordings differ, every article's
// wording is given with DiffWords against the main text; an ellipsis that
// hides words shows them as an "omitted" run that starts with "… ".
//
// Conflicts favour precision: a figure counting the same thing with the
// same verb ("killing 12 people" against "killing 15 people") or an
// explicit calendar date in closely aligned sentences, and a person
// called "former" holder of a title in one original but the current
// holder in another. Counts of people in any people noun ("residents",
// "villagers", "passengers") fill one slot; two approximations ("about
// 120", "about 140") conflict unless nearly equal, and counts of people
// within a factor of 1.5 conflict in any aligned pair, however worded.
//
// The timeline holds each article's publication and the happenings its
// time expressions date, the same happening on the same date merged across
// articles. An article without time expressions contributes the dates it
// writes with a month name, the year completed from its publication date.
package compare
