package cluster

// stopWords are ordinary English function words and newsroom boilerplate
// that say nothing about which event an article reports.
var stopWords = toSet(`a about above across after afterwards again against all almost alone along
already also although always am among amongst an and another any anyhow anyone anything anyway
anywhere are around as at back be became because become becomes been before beforehand behind
being below beside besides between beyond both but by can cannot could did do does doing done
down during each either else elsewhere enough even ever every everyone everything everywhere
except few first for former formerly from further get gets got had has have having he hence her
here hereby herein hers herself him himself his how however i if in indeed into is it its itself
just last latter least less made make many may me meanwhile might mine more moreover most mostly
much must my myself namely neither never nevertheless new next no nobody none nor not nothing now
nowhere of off often on once one only onto or other others otherwise our ours ourselves out over
own per perhaps please put rather re said same say says see seem seemed seems several she should
since so some somehow someone something sometime sometimes somewhere still such than that the
their theirs them themselves then there thereafter thereby therefore therein these they this
those though through throughout thus to together too toward towards under until up upon us very
via was we well were what whatever when whence whenever where whereas whereby wherever whether
which while who whoever whole whom whose why will with within without would yet you your yours
yourself yourselves told tell telling according added adding including told news report reported
reports reporting story stories article read more click here share comment comments photo photos
video image images copyright rights reserved updated published posted am pm gmt est edt pdt pst
week weeks day days year years time times today yesterday tomorrow monday tuesday wednesday
thursday friday saturday sunday mon tue wed thu fri sat sun january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
mr mrs ms dr sir lady lord st jr sr also like people way two three four five six seven eight nine
ten dont didnt doesnt isnt wasnt its im ive hes shes theyre were youre thats whats`)

// nameStopWords are capitalised words that begin sentences or headlines
// without naming anyone: they are not names even when capitalised.
var nameStopWords = toSet(`a an the this that these those he she it they we i you his her its their our
my your in on at to of for from by with as and or but if when while after before since though
although because so not no yes there here what which who whom whose why how where then than also
just only even still yet now today yesterday tomorrow last next new first one two three four five
six seven eight nine ten mr mrs ms dr sir madam miss prof gen col lt sgt capt rev sen rep gov pres
president minister secretary chairman chief officer spokesman spokeswoman said says according
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
am pm gmt est edt pdt pst utc updated published posted last photo video read more click share
copyright all some many most several both each every any another other such after during over
under about into through between among against without within around across up down out off
is are was were be been has have had do does did will would can could should may might must`)

// toSet splits s on white space into a set.
func toSet(s string) map[string]bool {
	m := map[string]bool{}
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				m[s[start:i]] = true
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return m
}
