package extract

import "strings"

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
