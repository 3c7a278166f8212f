package extract

// draft is what one extraction path found, before the article is
// assembled.
type draft struct {
	paras     []string
	title     string
	byline    string
	siteName  string
	published string
	url       string
}

// fromText extracts a page already flattened to text, one block a line:
// it finds the body among the lines, cleans it, and reads the headline and
// byline from the lines around it.
func fromText(content string) (draft, error) {
	ls := measure(joinBroken(splitLines(content)))
	start, end, ok := findBody(ls)
	if !ok {
		return draft{}, ErrNoArticle
	}
	end = extendList(ls, end)
	keep := keepLines(ls, start, end)
	var d draft
	d.title = findTitle(ls, start, keep)
	names, at := findByline(ls, start, end)
	d.byline = names
	opening := true // before the first paragraph of prose
	for i := start; i < end; i++ {
		if !keep[i] || i == at || opening && ls[i].text == d.title {
			continue
		}
		opening = opening && ls[i].kind != kindGood
		d.paras = append(d.paras, ls[i].text)
	}
	return d, nil
}
