package cluster

// Options tune the clustering. A zero field takes its default.
type Options struct {
	// JoinThreshold is the similarity at which an article joins a story.
	JoinThreshold float64
	// AttachThreshold is the similarity at which a story of one article,
	// about to close, joins its most similar story.
	AttachThreshold float64
	// MergeThreshold is the similarity at which two stories merge.
	MergeThreshold float64
	// RelatedThreshold is the similarity of salient words (the topic) at
	// which two stories that do not merge are linked as related.
	RelatedThreshold float64
	// TermWeight, NameWeight and NumberWeight weigh the similarity of
	// salient words, of names, and of figures.
	TermWeight, NameWeight, NumberWeight float64
	// TimeWeight is how much similarity two articles lose when far apart
	// in time; TimeScale (days) is the σ of the Gaussian decay.
	TimeWeight, TimeScale float64
	// Window (days) is how long a story stays open after its latest
	// article, measured against the newest date seen.
	Window float64
	// Candidates is how many stories an article is compared with.
	Candidates int
}

// Defaults, fitted on one development corpus and checked on another.
const (
	defaultJoin       = 0.4
	defaultMerge      = 0.5
	defaultAttach     = 0.15
	defaultRelated    = 0.15
	defaultTermWeight = 0.3
	defaultNameWeight = 0.5
	defaultNumWeight  = 0.2
	defaultTimeWeight = 0.3
	defaultTimeScale  = 3
	defaultWindow     = 30
	defaultCandidates = 24
)

func (o Options) withDefaults() Options {
	def := func(v *float64, d float64) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.JoinThreshold, defaultJoin)
	def(&o.MergeThreshold, defaultMerge)
	def(&o.AttachThreshold, defaultAttach)
	def(&o.RelatedThreshold, defaultRelated)
	def(&o.TermWeight, defaultTermWeight)
	def(&o.NameWeight, defaultNameWeight)
	def(&o.NumberWeight, defaultNumWeight)
	def(&o.TimeWeight, defaultTimeWeight)
	def(&o.TimeScale, defaultTimeScale)
	def(&o.Window, defaultWindow)
	if o.Candidates <= 0 {
		o.Candidates = defaultCandidates
	}
	return o
}
