package eval

import "github.com/newsfold/newsfold/internal/news"

// UnderstandScores are the scores of newsfold's understanding stages
// (entities, quotes, time expressions, publication dates) against hand
// labels, with the counts they rest on. A score whose count to divide by
// is zero is 0.
type UnderstandScores struct {
	// Articles is the number of gold articles, Found how many of them
	// newsfold reported.
	Articles, Found int

	// QuoteRecall is MatchedQuotes / GoldQuotes, QuotePrecision
	// MatchedQuotes / PredQuotes (predicted quotes of gold articles only),
	// SpeakerAccuracy RightSpeakers / MatchedQuotes.
	QuoteRecall, QuotePrecision, SpeakerAccuracy         float64
	GoldQuotes, PredQuotes, MatchedQuotes, RightSpeakers int

	// Person entities: exact normalised name (as the article writes it)
	// and type, per article, micro-averaged.
	PersonP, PersonR, PersonF1               float64
	GoldPersons, PredPersons, MatchedPersons int

	// All entities: exact normalised name and type, per article,
	// micro-averaged.
	EntityP, EntityR, EntityF1                  float64
	GoldEntities, PredEntities, MatchedEntities int

	// AliasMerging is MergedPersons / AliasPersons: of the gold persons
	// written at least two ways, the share whose mentions all fall under
	// one predicted entity.
	AliasMerging                float64
	AliasPersons, MergedPersons int

	// TimeAccuracy is RightTimes / GoldTimes: gold times matched by a
	// predicted time of the same value. MatchedTimes counts those matched
	// by text, whatever the value.
	TimeAccuracy                        float64
	GoldTimes, MatchedTimes, RightTimes int

	// DateAccuracy is RightDates / Articles: articles whose publication
	// date is the gold's, a missing date agreeing with a null one.
	DateAccuracy float64
	RightDates   int
}

// ScoreUnderstand scores the articles' entities, quotes, times and
// publication dates against gold. The rules, also set out in
// docs/understand-gold.md:
//
//   - Articles are matched by ID (the first of several with one ID). A
//     gold article missing from arts has every label missed and its date
//     wrong; an article not in gold is ignored.
//   - Quotes: words are lower-cased runs of letters and digits, accents
//     dropped. A predicted quote matches a gold quote when it holds at
//     least half the gold's words (multiset intersection over the gold's
//     word count); pairs are made one to one, greedily by overlap,
//     highest first.
//   - Speakers, over matched quotes: right when both are null or empty,
//     or the names agree after normalisation, or the predicted name is
//     the name or a mention of the gold entity the gold speaker names, or
//     one name's words end the other's ("Okafor", "Adaeze Okafor"), or
//     the shorter name (two words or more) shares the longer's first and
//     last words and has its other words in order between them (a middle
//     initial or a nickname: "Adaeze Okafor", "Adaeze N. Okafor").
//   - Entities: each article's set of (normalised name, type), compared
//     exactly and summed over articles. The name is the one the article
//     writes itself: ArticleName when the story renamed the entity, else
//     Name. Normalising folds case, accents and whitespace, drops a
//     leading "the " and straightens apostrophes.
//   - Alias merging: a gold person with at least two distinct normalised
//     mentions is merged when one predicted entity, of any type, has all
//     of them among its names (Name, ArticleName) and mentions.
//   - Times: each gold time is paired one to one with a predicted time of
//     the same article whose text matches: the same text first, then one
//     text's words in a row within the other's, then at least half the
//     gold's words; earliest first among equals. It is right when the
//     predicted value, written as news.Date.String writes it, equals the
//     gold value, so the precision must agree too.
//   - Dates: right when Published.String() equals the gold's published.
func ScoreUnderstand(gold []UnderstandGold, arts []*news.Article) UnderstandScores {
	byID := make(map[string]*news.Article, len(arts))
	for _, a := range arts {
		if a == nil {
			continue
		}
		if _, ok := byID[a.ID]; !ok {
			byID[a.ID] = a
		}
	}
	var s UnderstandScores
	for _, g := range gold {
		s.Articles++
		a := byID[g.ID]
		if a == nil {
			// Scored as an article with nothing found; its date is wrong
			// even against a null gold date.
			a = &news.Article{ID: g.ID}
		} else {
			s.Found++
			if a.Published.String() == g.Published {
				s.RightDates++
			}
		}
		s.understandQuotes(g, a)
		s.understandEntities(g, a)
		s.understandAliases(g, a)
		s.understandTimes(g, a)
	}
	s.QuoteRecall = understandRatio(s.MatchedQuotes, s.GoldQuotes)
	s.QuotePrecision = understandRatio(s.MatchedQuotes, s.PredQuotes)
	s.SpeakerAccuracy = understandRatio(s.RightSpeakers, s.MatchedQuotes)
	s.PersonP = understandRatio(s.MatchedPersons, s.PredPersons)
	s.PersonR = understandRatio(s.MatchedPersons, s.GoldPersons)
	s.PersonF1 = understandF1(s.PersonP, s.PersonR)
	s.EntityP = understandRatio(s.MatchedEntities, s.PredEntities)
	s.EntityR = understandRatio(s.MatchedEntities, s.GoldEntities)
	s.EntityF1 = understandF1(s.EntityP, s.EntityR)
	s.AliasMerging = understandRatio(s.MergedPersons, s.AliasPersons)
	s.TimeAccuracy = understandRatio(s.RightTimes, s.GoldTimes)
	s.DateAccuracy = understandRatio(s.RightDates, s.Articles)
	return s
}

func (s *UnderstandScores) understandQuotes(g UnderstandGold, a *news.Article) {
	s.GoldQuotes += len(g.Quotes)
	s.PredQuotes += len(a.Quotes)
	for i, j := range understandMatchQuotes(g.Quotes, a.Quotes) {
		if j < 0 {
			continue
		}
		s.MatchedQuotes++
		if understandSameSpeaker(g.Quotes[i].Speaker, a.Quotes[j].Speaker, g.Entities) {
			s.RightSpeakers++
		}
	}
}

func (s *UnderstandScores) understandTimes(g UnderstandGold, a *news.Article) {
	s.GoldTimes += len(g.Times)
	for i, j := range understandMatchTimes(g.Times, a.Times) {
		if j < 0 {
			continue
		}
		s.MatchedTimes++
		if a.Times[j].Value.String() == g.Times[i].Value {
			s.RightTimes++
		}
	}
}

func understandRatio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func understandF1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
