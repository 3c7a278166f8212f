package news

// Basis says what an article's publication date rests on.
type Basis string

const (
	BasisText     Basis = "text"     // a full date written in the article
	BasisDateline Basis = "dateline" // the dateline, year included
	BasisStory    Basis = "story"    // completed from the story the article belongs to
	BasisMetadata Basis = "metadata" // the page's metadata (meta tags, JSON Lines field)
	BasisNone     Basis = "none"     // nothing supports a date
)

// Dateline is the place and date an article opens with, such as
// "WASHINGTON, Nov 28 (AFP) –".
type Dateline struct {
	Place string
	Text  string // the dateline as written
	Date  Date   // may lack a year
}

// EntityType is the kind of a named entity.
type EntityType string

const (
	Person EntityType = "person"
	Org    EntityType = "org"
	Place  EntityType = "place"
)

// Entity is one person, organisation or place, under one canonical name,
// with every way the article wrote it.
type Entity struct {
	// Name is the canonical name; a person has the same one across a
	// story.
	Name string
	// ArticleName is the fullest name the article itself writes, set
	// only when it differs from Name (an article writing only "Mr. Roe"
	// of the story's "Jane Roe").
	ArticleName string `json:",omitempty"`
	Type        EntityType
	Mentions    []string
}

// Quote is a direct quotation and who said it.
type Quote struct {
	Text      string
	Speaker   string // canonical entity name; "" when unknown
	Paragraph int    // index into Article.Paragraphs where the quote starts
}

// TimeExpr is a time expression found in an article, resolved to a date.
type TimeExpr struct {
	Text  string
	Value Date
	// Paragraph is the index into Article.Paragraphs, -1 for the title.
	Paragraph int
	// Sentence is the sentence the expression stands in, for timelines.
	Sentence string
}

// Article is what extraction keeps of a page, enriched by later stages.
type Article struct {
	ID     string
	URL    string
	Title  string
	Outlet string
	Agency string
	Byline string

	Dateline *Dateline

	// Published is the publication date, to the precision known, and
	// PublishedBasis what it rests on.
	Published      Date
	PublishedBasis Basis
	// MetadataDate is a date the page's metadata gives, before any
	// inference; zero when none.
	MetadataDate Date
	// StampDate is the date the page prints beside the article, such as
	// "Tuesday 4 March 2025 06:00" under the headline; zero when none.
	StampDate Date

	// Paragraphs is the article body, furniture removed, one paragraph an
	// entry.
	Paragraphs []string

	// DuplicateOf is the ID of an earlier article with the same or nearly
	// the same text; "" when the article is original.
	DuplicateOf string

	Entities []Entity
	Quotes   []Quote
	Times    []TimeExpr
}

// Body returns the paragraphs joined by blank lines.
func (a *Article) Body() string {
	n := 0
	for _, p := range a.Paragraphs {
		n += len(p) + 2
	}
	b := make([]byte, 0, n)
	for i, p := range a.Paragraphs {
		if i > 0 {
			b = append(b, '\n', '\n')
		}
		b = append(b, p...)
	}
	return string(b)
}
