package cluster

// Options tune the clustering. A zero field takes its default.
type Options struct {
	// JoinThreshold is the similarity at which an article joins a story.
	JoinThreshold float64
	// AttachThreshold is the similarity at which a story of one article,
	// about to close, joins its most similar story. It sits below the
	// join threshold: a story of one article is the weakest evidence of
	// an event of its own, and an article that came before its story had
	// formed, or tells it in other words, is most often closest to the
	// story it belongs to.
	AttachThreshold float64
	// AttachTopic is the similarity of salient words (what happened) such
	// an article needs as well to join a story below the join threshold:
	// sharing who and where alone is what another event on the same
	// people looks like.
	AttachTopic float64
	// MergeThreshold is the similarity at which two stories merge.
	MergeThreshold float64
	// RelatedThreshold is the similarity of salient words (the topic) at
	// which two stories that do not merge are linked as related.
	RelatedThreshold float64
	// TermWeight, NameWeight and NumberWeight weigh the similarity of
	// salient words, of names, and of figures.
	TermWeight, NameWeight, NumberWeight float64
	// TimeWeight is how much similarity two dated articles gain when
	// published together, TimePenalty how much they lose when far apart;
	// TimeScale (days) is the σ of the Gaussian decay between the two.
	TimeWeight, TimePenalty, TimeScale float64
	// Window (days) is how long a story stays open after its latest
	// article, measured against the newest date seen.
	Window float64
	// CentroidWeight is the share of an article's similarity to a story
	// that comes from the story as a whole; the rest comes from the
	// story's closest article.
	CentroidWeight float64
	// SplitThreshold is the similarity under which the two halves of a
	// story are told apart as two events.
	SplitThreshold float64
	// Archive is how many retired stories keep a pruned description so
	// that undated articles, which come after the dated ones, can still
	// join them; negative keeps none.
	Archive int
	// Candidates is how many stories an article is compared with.
	Candidates int
	// Release hands each story that closes (the dated stream having
	// moved a window past it) to Finished and then forgets it, so that a
	// long stream is held in bounded memory. Closed stories keep no
	// archive for undated articles; Groups gives only the stories not
	// handed on yet.
	Release bool
}

// Defaults, fitted on one development corpus and checked on another.
const (
	defaultJoin           = 0.28
	defaultAttach         = 0.2
	defaultAttachTopic    = 0.19
	defaultMerge          = 0.46
	defaultRelated        = 0.15
	defaultTermWeight     = 0.4
	defaultNameWeight     = 0.5
	defaultNumWeight      = 0.35
	defaultTimeWeight     = 0.15
	defaultTimePenalty    = 0.3
	defaultTimeScale      = 3
	defaultWindow         = 30
	defaultCentroidWeight = 0.5
	defaultSplit          = 0.45
	defaultCandidates     = 24
	defaultArchive        = 20000
)

func (o Options) withDefaults() Options {
	def := func(v *float64, d float64) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.JoinThreshold, defaultJoin)
	def(&o.MergeThreshold, defaultMerge)
	def(&o.AttachThreshold, min(defaultAttach, o.JoinThreshold))
	def(&o.AttachTopic, defaultAttachTopic)
	def(&o.RelatedThreshold, defaultRelated)
	def(&o.TermWeight, defaultTermWeight)
	def(&o.NameWeight, defaultNameWeight)
	def(&o.NumberWeight, defaultNumWeight)
	def(&o.TimeWeight, defaultTimeWeight)
	def(&o.TimePenalty, defaultTimePenalty)
	def(&o.TimeScale, defaultTimeScale)
	def(&o.Window, defaultWindow)
	def(&o.CentroidWeight, defaultCentroidWeight)
	def(&o.SplitThreshold, defaultSplit)
	if o.Archive == 0 {
		o.Archive = defaultArchive
	}
	if o.Release {
		o.Archive = -1
	}
	if o.Candidates <= 0 {
		o.Candidates = defaultCandidates
	}
	return o
}
