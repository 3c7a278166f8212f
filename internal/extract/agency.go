package extract

import (
	"regexp"
	"strings"
)

// wireAgencies maps the ways a news agency is credited, folded to lower
// case, to the agency's usual short name.
var wireAgencies = map[string]string{
	"afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
	"ap": "AP", "associated press": "AP", "the associated press": "AP",
	"reuters": "Reuters", "thomson reuters": "Reuters",
	"upi": "UPI", "united press international": "UPI",
	"rfe/rl": "RFE/RL", "radio free europe/radio liberty": "RFE/RL",
	"dpa": "dpa", "deutsche presse-agentur": "dpa",
	"ansa": "ANSA", "efe": "EFE", "xinhua": "Xinhua", "kyodo": "Kyodo",
	"kyodo news": "Kyodo", "pti": "PTI", "press trust of india": "PTI",
	"ians": "IANS", "bernama": "Bernama", "yonhap": "Yonhap",
	"anadolu": "Anadolu", "anadolu agency": "Anadolu", "tass": "TASS",
	"itar-tass": "TASS", "interfax": "Interfax", "pa": "PA",
	"press association": "PA", "pa media": "PA", "cp": "CP",
	"canadian press": "CP", "the canadian press": "CP", "aap": "AAP",
	"australian associated press": "AAP", "bloomberg": "Bloomberg",
	"bloomberg news": "Bloomberg", "prnewswire": "PR Newswire",
	"pr newswire": "PR Newswire", "business wire": "Business Wire",
	"globe newswire": "GlobeNewswire", "globenewswire": "GlobeNewswire",
}

// agencyName returns the short name of the wire agency s credits, or "".
// s may carry the agency's own punctuation: "(AFP)", "/PRNewswire/".
func agencyName(s string) string {
	s = strings.Trim(strings.TrimSpace(s), "()/[]:,.-–— ")
	return wireAgencies[strings.ToLower(collapseSpace(s))]
}

// agencyIn returns the first wire agency named as a whole word or phrase in
// s, such as the "AP" of "Tom Doe, AP Auto Writer", or "". Two-letter
// names count only in capitals.
func agencyIn(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return strings.ContainsRune(" \t,;:()[]|", r)
	})
	for i := range words {
		for n := min(4, len(words)-i); n >= 1; n-- {
			phrase := strings.Join(words[i:i+n], " ")
			name := agencyName(phrase)
			if name == "" {
				continue
			}
			if len(phrase) <= 3 && strings.ToUpper(phrase) != phrase {
				continue
			}
			return name
		}
	}
	return ""
}

// agencyAcronym matches a credit of capital letters alone, as an agency
// signs its copy: "KPA", "RFE/RL".
var agencyAcronym = regexp.MustCompile(`^\p{Lu}{2,6}(?:/\p{Lu}{2,6})?$`)

// creditAgency returns the agency a bracketed credit names: a known wire
// agency's short name, else the credit itself when it is capital letters
// alone ("KPA"), else "".
func creditAgency(credit string) string {
	if name := agencyName(credit); name != "" {
		return name
	}
	c := strings.TrimSpace(credit)
	if agencyAcronym.MatchString(c) {
		return c
	}
	return ""
}

// agencyWords are the last words of an agency's full name: "Valley
// Press Agency", "Eastern News Service".
var agencyWords = toSet(`agency agencies press newswire wire`)

// agencyByName returns s when it reads as a news agency's full name
// rather than a writer's, as in the byline "By Valley Press Agency", or
// "".
func agencyByName(s string) string {
	f := strings.Fields(s)
	if len(f) < 2 || agencyIn(s) != "" {
		return "" // a writer of a known agency: "Jane Doe Associated Press"
	}
	last := strings.ToLower(f[len(f)-1])
	if agencyWords[last] || last == "service" && strings.EqualFold(f[len(f)-2], "news") {
		return s
	}
	return ""
}
