package entity

import (
	"bufio"
	"embed"
	"strings"
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
	titles        map[string]Gender // "mr" -> Male, "president" -> Unknown
	titleMods     map[string]bool
	orgCues       map[string]bool
	notEntityCues map[string]bool
	places        map[string]string // lower-case name -> canonical name
	placeStarts   map[string]bool   // first words of places of several words
	placeWords    int               // most words in a place name
	demonyms      map[string]bool
	months        map[string]bool
	functionWords map[string]bool
	firstNames    map[string]Gender
	placeCues     map[string]bool
	roles         map[string]bool
	eventHeads    map[string]bool
	placeHeads    map[string]bool
	nicknames     map[string][]string // short form -> full first names
}

var lex = loadLexicon()

func loadLexicon() *lexicon {
	l := &lexicon{
		titles:        map[string]Gender{},
		titleMods:     set(lines("title_modifiers")),
		orgCues:       set(lines("org_cues")),
		notEntityCues: set(lines("not_entity_cues")),
		places:        map[string]string{},
		placeStarts:   map[string]bool{},
		demonyms:      set(lines("demonyms")),
		months:        set(lines("months")),
		functionWords: set(lines("function_words")),
		firstNames:    map[string]Gender{},
		placeCues:     set(lines("place_cues")),
		roles:         set(lines("roles")),
		eventHeads:    set(lines("event_heads")),
		placeHeads:    set(lines("place_starts")),
	}
	for _, ln := range lines("titles") {
		w, g := splitGender(ln)
		l.titles[w] = g
	}
	l.nicknames = map[string][]string{}
	for _, ln := range lines("nicknames") {
		if short, full, ok := strings.Cut(ln, " "); ok {
			l.nicknames[short] = append(l.nicknames[short], strings.TrimSpace(full))
		}
	}
	for _, ln := range lines("first_names") {
		w, g := splitGender(ln)
		l.firstNames[w] = g
	}
	for _, ln := range lines("places") {
		name, canon := ln, ln
		if i := strings.Index(ln, " = "); i >= 0 {
			name, canon = strings.TrimSpace(ln[:i]), strings.TrimSpace(ln[i+3:])
		}
		key := strings.ToLower(name)
		l.places[key] = canon
		l.places[strings.TrimSuffix(key, ".")] = canon // "u.s." is also looked up as "u.s"
		words := strings.Fields(key)
		if len(words) > 1 {
			l.placeStarts[strings.TrimSuffix(words[0], ".")] = true
		}
		l.placeWords = max(l.placeWords, len(words))
	}
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
	if l.demonyms[w] {
		return true
	}
	if strings.HasSuffix(w, "s") && l.demonyms[w[:len(w)-1]] {
		return true
	}
	return strings.HasSuffix(w, "es") && l.demonyms[w[:len(w)-2]]
}

// FirstNameGender returns the gender a first name usually carries, or
// Unknown.
func FirstNameGender(name string) Gender {
	return lex.firstNames[strings.ToLower(name)]
}

// IsRole reports whether w (any case) is a noun for a person's role, such
// as "spokesman" or "ambassador".
func IsRole(w string) bool { return lex.roles[strings.ToLower(w)] }

// IsTitle reports whether w (any case, a final period ignored) is a title
// or honorific written before a name, such as "Sen." or "President".
func IsTitle(w string) bool { return isTitle(w) }
