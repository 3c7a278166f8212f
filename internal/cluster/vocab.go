package cluster

import "math"

// vocab numbers features and counts in how many articles each appeared,
// so that rare features (names, figures, unusual words) weigh more than
// common ones. Rarity is learnt from the stream itself.
type vocab struct {
	// ids numbers the features of each kind, all kinds counting up
	// from one sequence.
	ids  [numKinds]map[string]uint32
	df   []int32
	docs int
	// logDF[id] is ln(df[id]+1) and logDocs ln(docs+1), kept with the
	// counts so weighting a feature costs no logarithm.
	logDF   []float64
	logDocs float64
}

func newVocab() *vocab {
	v := &vocab{}
	for k := range v.ids {
		v.ids[k] = map[string]uint32{}
	}
	return v
}

// lookup returns the number of a feature of kind k, if it has one.
func (v *vocab) lookup(k kind, f string) (uint32, bool) {
	id, ok := v.ids[k][f]
	return id, ok
}

// add numbers a new feature of kind k.
func (v *vocab) add(k kind, f string) uint32 {
	id := uint32(len(v.df))
	v.ids[k][f] = id
	v.df = append(v.df, 0)
	v.logDF = append(v.logDF, 0)
	return id
}

// count notes that one more article holds feature id.
func (v *vocab) count(id uint32) {
	v.df[id]++
	v.logDF[id] = math.Log(float64(v.df[id] + 1))
}

// addDoc notes one more article.
func (v *vocab) addDoc() {
	v.docs++
	v.logDocs = math.Log(float64(v.docs + 1))
}

// idf is the smoothed inverse document frequency of a feature.
func (v *vocab) idf(id uint32) float64 {
	return v.logDocs - v.logDF[id] + 1
}
