package news

// Story is one real-world event as reported by one or more articles, with
// what they agree on and where they differ.
type Story struct {
	ID             string
	Title          string
	Summary        string
	Articles       []string // article IDs, earliest first
	FirstPublished Date
	Related        []string // IDs of stories on the same topic but another event

	Quotes     []StoryQuote
	Facts      []Fact
	Exclusives []Exclusive
	Conflicts  []Conflict
	Timeline   []Event

	// Statements holds the statements two or more articles carry, most
	// important first, with every article's sentence: the alignment the
	// facts, exclusives and conflicts rest on.
	Statements []StatementGroup
}

// StoryQuote is one quotation across a story's articles.
type StoryQuote struct {
	Speaker  string
	Text     string // the fullest wording
	Articles []string
	// Variants holds each article's wording when the articles differ.
	Variants []QuoteVariant
}

// QuoteVariant is one article's wording of a quotation, with the word-level
// differences from the story's main wording.
type QuoteVariant struct {
	Article string
	Text    string
	Diff    []DiffOp
}

// DiffOp is one run of words in a word-level comparison of two wordings.
type DiffOp struct {
	Op   string // "same", "omitted" (in the main wording only), "added" (in this variant only)
	Text string
}

// Fact is a statement carried by several articles, in its best wording.
type Fact struct {
	Text     string
	Articles []string
}

// Exclusive is a statement only one article carries.
type Exclusive struct {
	Article string
	Text    string
}

// Conflict is one slot (a figure, a date, a title) that articles fill
// differently.
type Conflict struct {
	About  string
	Values []ConflictValue
}

// ConflictValue is one article's wording in a conflict.
type ConflictValue struct {
	Article string
	Text    string
}

// Event is a dated happening in a story's timeline.
type Event struct {
	Date     Date
	Text     string
	Articles []string
}

// StatementGroup is one statement across a story's articles: sentences of
// different articles that say the same thing.
type StatementGroup struct {
	Text      string     // the best wording
	Sentences []Sentence // one per article, in story order
}

// Sentence is one article's sentence.
type Sentence struct {
	Article string
	Text    string
}
