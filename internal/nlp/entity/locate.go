package entity

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfold/newsfold/internal/news"
)

// Mention is one place in an article's body where an entity is named.
type Mention struct {
	Paragraph  int
	Start, End int // byte offsets of the name in the paragraph, titles left out
	// TitleStart is where a title written against the name starts
	// ("Mr." in "Mr. Roe"); Start when there is none.
	TitleStart int
	Name       string // the entity's canonical name, as in Article.Entities
	Type       news.EntityType
	Gender     Gender
	// Role is a lower-case title or role noun written with the name: before
	// it ("spokesman Jane Roe", "Mayor Jane Roe") or in an apposition after
	// it ("Jane Roe, the spokesman").
	Role string
}

// surface is one way an article writes an entity, as Locate looks for it.
type surface struct {
	text    string
	ent     int
	nameOff int // where the name starts after a title
	role    string
	gender  Gender
}

// Locate returns where the body names the article's entities, in reading
// order: every occurrence, as a whole word, of a mention in a.Entities,
// the longest where mentions overlap. It reads a.Entities for the
// canonical names, so it gives the names MergeStory chose when run after
// it. Gender comes from titles ("Mrs.") or a common first name.
func Locate(a *news.Article) []Mention {
	surfs, genders := surfaces(a.Entities)
	byPara := surfaceHits(a.Paragraphs, surfs)
	hits := 0 // a bound on the mentions
	for _, hs := range byPara {
		hits += len(hs)
	}
	var out []Mention
	var ents []int // entity index of each mention
	if hits > 0 {
		out, ents = make([]Mention, 0, hits), make([]int, 0, hits)
	}
	var taken []bool // bytes of the paragraph already in a mention
	for pi, p := range a.Paragraphs {
		taken = slices.Grow(taken[:0], len(p))[:len(p)]
		clear(taken)
		start := len(out)
		for _, h := range byPara[pi] {
			s := &surfs[h.surf]
			b, e := int(h.start), int(h.start)+len(s.text)
			if !wordBoundary(p, b, e) || overlaps(taken, b, e) {
				continue
			}
			for k := b; k < e; k++ {
				taken[k] = true
			}
			m := Mention{
				Paragraph: pi, TitleStart: b, Start: b + s.nameOff, End: e,
				Name: a.Entities[s.ent].Name, Type: a.Entities[s.ent].Type,
				Gender: s.gender, Role: s.role,
			}
			if m.Role == "" {
				m.Role = roleAround(p, b, e)
				if g := lex.titles.Get(m.Role); g != Unknown && m.Type == news.Person && genders[s.ent] == Unknown {
					genders[s.ent] = g // "spokesman Jane Roe"
				}
			}
			ents = append(ents, s.ent)
			out = append(out, m)
		}
		ms, es := out[start:], ents[start:]
		sort.Sort(byStart{ms, es})
	}
	for i := range out {
		if out[i].Gender == Unknown {
			out[i].Gender = genders[ents[i]]
		}
	}
	return out
}

// surfaces lists the mentions of the entities, longest first, with where
// each one's name starts after its title, and each entity's gender.
func surfaces(ents []news.Entity) ([]surface, []Gender) {
	var out []surface
	genders := make([]Gender, len(ents))
	for i, e := range ents {
		for _, m := range e.Mentions {
			if m == "" {
				continue
			}
			s := surface{text: m, ent: i}
			if e.Type == news.Person && strings.Contains(m, " ") && mayBeTitle(firstWord(m)) {
				var buf [16]token // room for most titled names, on the stack
				toks := appendTokens(buf[:0], m)
				if h, nameStart := titleSplit(toks, 0, len(toks)); h >= 0 {
					s.nameOff = int(toks[nameStart].start)
					s.role = toks[h].low
					s.gender = lex.titles.Get(s.role)
				}
			}
			if s.gender != Unknown {
				genders[i] = s.gender
			}
			out = append(out, s)
		}
		if genders[i] == Unknown && e.Type == news.Person && strings.Contains(e.Name, " ") {
			genders[i] = FirstNameGender(firstWord(e.Name))
		}
	}
	slices.SortStableFunc(out, func(a, b surface) int { return len(b.text) - len(a.text) })
	return out, genders
}

// wordBoundary reports whether p[b:e] stands as whole words.
func wordBoundary(p string, b, e int) bool {
	if b > 0 {
		r, _ := utf8.DecodeLastRuneInString(p[:b])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
			return false
		}
	}
	if e < len(p) {
		r, size := utf8.DecodeRuneInString(p[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
		if r == '-' && e+size < len(p) {
			next, _ := utf8.DecodeRuneInString(p[e+size:])
			if unicode.IsLetter(next) {
				return false // "U.S.-led"
			}
		}
	}
	return true
}

func overlaps(taken []bool, b, e int) bool {
	return slices.Contains(taken[b:e], true)
}

// roleAround reads a role noun written in lower case just before a name
// ("spokesman Jane Roe") or in an apposition after it ("Jane Roe, the
// spokesman").
func roleAround(p string, b, e int) string {
	j := b
	for j > 0 && p[j-1] == ' ' {
		j--
	}
	i := j
	for i > 0 && p[i-1] >= 'a' && p[i-1] <= 'z' {
		i--
	}
	if w := p[i:j]; w != "" && lex.roles.Get(w) {
		return w
	}
	rest := p[e:]
	if !strings.HasPrefix(rest, ", the ") && !strings.HasPrefix(rest, ", a ") && !strings.HasPrefix(rest, ", an ") && !strings.HasPrefix(rest, ", then ") {
		return ""
	}
	var buf [24]token // room for the 80 bytes read most often, on the stack
	toks := appendTokens(buf[:0], rest[:min(len(rest), 80)])
	return appositiveRole(toks, 0)
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// byStart sorts a paragraph's mentions, with their entity indexes, by
// where they start.
type byStart struct {
	ms   []Mention
	ents []int
}

func (b byStart) Len() int           { return len(b.ms) }
func (b byStart) Less(i, j int) bool { return b.ms[i].Start < b.ms[j].Start }
func (b byStart) Swap(i, j int) {
	b.ms[i], b.ms[j] = b.ms[j], b.ms[i]
	b.ents[i], b.ents[j] = b.ents[j], b.ents[i]
}

func mayBeTitle(w string) bool {
	lw := lower(w)
	return isTitle(lw) || lex.titleMods.Get(lw)
}

// hit is where a surface occurs in a paragraph.
type hit struct {
	surf, start int32
}

// surfaceHits returns where each paragraph holds the surfaces: surface by
// surface in the order given, and each surface's occurrences left to
// right, each search going on after the last occurrence found. The
// paragraphs are searched as one text, a surface at a time, which costs
// far less than searching every paragraph for every surface.
func surfaceHits(paras []string, surfs []surface) [][]hit {
	const sep = "\x00" // in no surface, so no occurrence runs over two paragraphs
	n := 0
	for _, p := range paras {
		n += len(p) + len(sep)
	}
	for _, s := range surfs {
		if strings.Contains(s.text, sep) || n > math.MaxInt32 {
			return surfaceHitsEach(paras, surfs)
		}
	}
	var b strings.Builder
	b.Grow(n)
	offs := make([]int, len(paras)+1) // where each paragraph starts in text
	for i, p := range paras {
		offs[i] = b.Len()
		b.WriteString(p)
		b.WriteString(sep)
	}
	offs[len(paras)] = b.Len()
	text := b.String()
	var flat []hit
	var paraOf []int32
	for si, s := range surfs {
		pi := 0
		for from := 0; from < len(text); {
			k := strings.Index(text[from:], s.text)
			if k < 0 {
				break
			}
			g := from + k
			from = g + len(s.text)
			for offs[pi+1] <= g {
				pi++
			}
			flat = append(flat, hit{surf: int32(si), start: int32(g - offs[pi])})
			paraOf = append(paraOf, int32(pi))
		}
	}
	return groupHits(flat, paraOf, len(paras))
}

// surfaceHitsEach is surfaceHits searching one paragraph at a time.
func surfaceHitsEach(paras []string, surfs []surface) [][]hit {
	var flat []hit
	var paraOf []int32
	for pi, p := range paras {
		for si, s := range surfs {
			for from := 0; from < len(p); {
				k := strings.Index(p[from:], s.text)
				if k < 0 {
					break
				}
				flat = append(flat, hit{surf: int32(si), start: int32(from + k)})
				paraOf = append(paraOf, int32(pi))
				from += k + len(s.text)
			}
		}
	}
	return groupHits(flat, paraOf, len(paras))
}

// groupHits lists the hits of each of n paragraphs, keeping their order,
// all in one backing array.
func groupHits(flat []hit, paraOf []int32, n int) [][]hit {
	counts := make([]int, n)
	for _, pi := range paraOf {
		counts[pi]++
	}
	all := make([]hit, len(flat))
	byPara := make([][]hit, n)
	off := 0
	for i, c := range counts {
		byPara[i] = all[off : off : off+c]
		off += c
	}
	for k, h := range flat {
		byPara[paraOf[k]] = append(byPara[paraOf[k]], h)
	}
	return byPara
}
