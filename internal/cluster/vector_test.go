package cluster

import (
	"math/rand/v2"
	"testing"
)

// randomVec draws n distinct features out of the first space ids, sorted.
func randomVec(r *rand.Rand, n, space int) vec {
	seen := map[uint32]bool{}
	v := vec{}
	for len(v) < n && len(v) < space {
		id := uint32(r.IntN(space))
		if seen[id] {
			continue
		}
		seen[id] = true
		v = append(v, entry{id: id, w: float32(1 + r.IntN(4))})
	}
	sortVec(v)
	return v
}

func sortVec(v vec) {
	for i := 1; i < len(v); i++ {
		for j := i; j > 0 && v[j].id < v[j-1].id; j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
}

// TestQueryDotMatchesDotVecs checks that the dot product of an article
// spread out by feature is the merged one to the last bit, also when the
// article is loaded after another.
func TestQueryDotMatchesDotVecs(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	voc := newVocab()
	for i := 0; i < 2000; i++ {
		voc.add(kindTerm, string(rune('a'+i%26))+string(rune(i)))
	}
	for id := uint32(0); id < 2000; id++ {
		for n := r.IntN(50); n > 0; n-- {
			voc.count(id)
		}
	}
	for i := 0; i < 300; i++ {
		voc.addDoc()
	}
	tests := []struct {
		name   string
		na, nb int
		space  int
	}{
		{"both empty", 0, 0, 10},
		{"empty article", 0, 40, 100},
		{"empty story", 30, 0, 100},
		{"similar lengths", 60, 80, 200},
		{"long story", 10, 900, 2000},
		{"dense overlap", 20, 400, 420},
		{"one feature", 1, 1, 1},
	}
	c := &Clusterer{voc: voc}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for trial := 0; trial < 20; trial++ {
				a, b := randomVec(r, tt.na, tt.space), randomVec(r, tt.nb, tt.space)
				d := &description{}
				d.vecs[kindTerm] = a
				want, got := dotVecs(a, b, voc), c.loadQuery(d).dot(b)
				if got != want {
					t.Fatalf("trial %d: query dot = %v, dotVecs = %v", trial, got, want)
				}
				if tt.na > 0 && tt.nb > 0 && tt.space <= tt.na+tt.nb && want == 0 {
					t.Fatalf("trial %d: overlapping vectors gave 0", trial)
				}
			}
		})
	}
}

// dotVecs is the rarity-weighted dot product of two vectors sorted by
// feature, by walking both: the plain definition the spread-out product
// must match.
func dotVecs(a, b vec, voc *vocab) float64 {
	d := 0.0
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id == b[j].id:
			idf := voc.idf(a[i].id)
			d += float64(a[i].w) * float64(b[j].w) * idf * idf
			i++
			j++
		case a[i].id < b[j].id:
			i++
		default:
			j++
		}
	}
	return d
}
