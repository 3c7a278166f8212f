package entity

import (
	"bufio"
	"embed"
	"strings"

	"github.com/newsfold/newsfold/internal/nlp/wordlist"
)

//go:embed lexicon/*.txt
var lexiconFiles embed.FS

// Gender is what a name, title or pronoun says of a person's sex.
type Gender int8

const (
	Unknown Gender = iota
	Male
	Female
)

// lexicon holds the word lists the tagger uses, all keyed in lower case.
// It is built once when the package loads and only read afterwards.
type lexicon struct {
	titles        wordlist.Map[Gender] // "mr" -> Male, "president" -> Unknown
	titleMods     wordlist.Map[bool]
	orgCues       wordlist.Map[bool]
	notEntityCues wordlist.Map[bool]
	places        wordlist.Map[string] // lower-case name -> canonical name
	placeStarts   wordlist.Map[bool]   // first words of places of several words
	placeWords    int                  // most words in a place name
	demonyms      wordlist.Map[bool]
	months        wordlist.Map[bool]
	functionWords wordlist.Map[bool]
	firstNames    wordlist.Map[Gender]
	placeCues     wordlist.Map[bool]
	roles         wordlist.Map[bool]
	eventHeads    wordlist.Map[bool]
	placeHeads    wordlist.Map[bool]
	nicknames     wordlist.Map[[]string] // short form -> full first names
}

var lex = loadLexicon()

func loadLexicon() *lexicon {
	l := &lexicon{
		titleMods:     wordlist.New(set(lines("title_modifiers"))),
		orgCues:       wordlist.New(set(lines("org_cues"))),
		notEntityCues: wordlist.New(set(lines("not_entity_cues"))),
		demonyms:      wordlist.New(set(lines("demonyms"))),
		months:        wordlist.New(set(lines("months"))),
		functionWords: wordlist.New(set(lines("function_words"))),
		placeCues:     wordlist.New(set(lines("place_cues"))),
		roles:         wordlist.New(set(lines("roles"))),
		eventHeads:    wordlist.New(set(lines("event_heads"))),
		placeHeads:    wordlist.New(set(lines("place_starts"))),
	}
	titles := map[string]Gender{}
	for _, ln := range lines("titles") {
		w, g := splitGender(ln)
		titles[w] = g
	}
	l.titles = wordlist.New(titles)
	nicknames := map[string][]string{}
	for _, ln := range lines("nicknames") {
		if short, full, ok := strings.Cut(ln, " "); ok {
			nicknames[short] = append(nicknames[short], strings.TrimSpace(full))
		}
	}
	l.nicknames = wordlist.New(nicknames)
	firstNames := map[string]Gender{}
	for _, ln := range lines("first_names") {
		w, g := splitGender(ln)
		firstNames[w] = g
	}
	l.firstNames = wordlist.New(firstNames)
	places, placeStarts := map[string]string{}, map[string]bool{}
	for _, ln := range lines("places") {
		name, canon := ln, ln
		if i := strings.Index(ln, " = "); i >= 0 {
			name, canon = strings.TrimSpace(ln[:i]), strings.TrimSpace(ln[i+3:])
		}
		key := strings.ToLower(name)
		places[key] = canon
		places[strings.TrimSuffix(key, ".")] = canon // "u.s." is also looked up as "u.s"
		words := strings.Fields(key)
		if len(words) > 1 {
			placeStarts[strings.TrimSuffix(words[0], ".")] = true
		}
		l.placeWords = max(l.placeWords, len(words))
	}
	l.places, l.placeStarts = wordlist.New(places), wordlist.New(placeStarts)
	return l
}

// lines returns the non-blank, non-comment lines of lexicon/NAME.txt.
// The files are embedded, so a missing one is a build mistake and gives an
// empty list.
func lines(name string) []string {
	f, err := lexiconFiles.Open("lexicon/" + name + ".txt")
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		ln := strings.TrimSpace(sc.Text())
		if ln == "" || ln[0] == '#' {
			continue
		}
		out = append(out, ln)
	}
	return out
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// splitGender reads "word" or "word m" / "word f".
func splitGender(ln string) (string, Gender) {
	w, g, ok := strings.Cut(ln, " ")
	if !ok {
		return ln, Unknown
	}
	switch strings.TrimSpace(g) {
	case "m":
		return w, Male
	case "f":
		return w, Female
	}
	return w, Unknown
}

// isDemonym reports whether w (lower case) names a people, a language or
// a faith, in the singular or the plural.
func (l *lexicon) isDemonym(w string) bool {
	if l.demonyms.Get(w) {
		return true
	}
	if strings.HasSuffix(w, "s") && l.demonyms.Get(w[:len(w)-1]) {
		return true
	}
	return strings.HasSuffix(w, "es") && l.demonyms.Get(w[:len(w)-2])
}

// FirstNameGender returns the gender a first name usually carries, or
// Unknown.
func FirstNameGender(name string) Gender {
	return lex.firstNames.Get(strings.ToLower(name))
}

// IsRole reports whether w (any case) is a noun for a person's role, such
// as "spokesman" or "ambassador".
func IsRole(w string) bool { return lex.roles.Get(strings.ToLower(w)) }

// IsTitle reports whether w (any case, a final period ignored) is a title
// or honorific written before a name, such as "Sen." or "President".
func IsTitle(w string) bool { return isTitle(w) }
