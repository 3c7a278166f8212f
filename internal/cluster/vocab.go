package cluster

import "math"

// vocab numbers features and counts in how many articles each appeared,
// so that rare features (names, figures, unusual words) weigh more than
// common ones. Rarity is learnt from the stream itself.
type vocab struct {
	ids  map[string]uint32
	df   []int32
	docs int
}

func newVocab() *vocab { return &vocab{ids: map[string]uint32{}} }

// id returns the number of a feature of kind k, adding it when new.
func (v *vocab) id(k kind, f string) uint32 {
	key := string(rune('0'+k)) + f
	if id, ok := v.ids[key]; ok {
		return id
	}
	id := uint32(len(v.df))
	v.ids[key] = id
	v.df = append(v.df, 0)
	return id
}

// idf is the smoothed inverse document frequency of a feature.
func (v *vocab) idf(id uint32) float64 {
	return math.Log(float64(v.docs+1)/float64(v.df[id]+1)) + 1
}
