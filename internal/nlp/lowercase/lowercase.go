// Package lowercase folds ASCII capitals to lower case eight bytes at a
// time, for the tokenizers of the understanding stage.
//
// It takes bytes and gives them back with every byte from 'A' to 'Z' in
// lower case and every other byte, those beyond ASCII included, as it
// was, so that byte offsets hold between a text and its folded copy.
package lowercase

import "encoding/binary"

const (
	ones = 0x0101010101010101
	high = 0x80 * ones
)

// Word folds the ASCII capitals among the eight bytes packed in x. In
// each byte below 0x80, additions that cannot carry into the next byte
// set the high bit where the byte is at least 'A' and where it is past
// 'Z'; the bytes between get 'a' - 'A' (0x20) added.
func Word(x uint64) uint64 {
	low := x &^ high                       // each byte's low seven bits
	atLeastA := low + (0x80-'A')*ones      // high bit set where low >= 'A'
	pastZ := low + (0x80-'Z'-1)*ones       // high bit set where low > 'Z'
	upper := atLeastA &^ pastZ &^ x & high // and where the byte is below 0x80
	return x | upper>>2                    // 0x80 >> 2 is 0x20
}

// IsASCII reports whether none of the eight bytes packed in x is beyond
// ASCII.
func IsASCII(x uint64) bool { return x&high == 0 }

// Fold folds the ASCII capitals of b in place.
func Fold(b []byte) {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		if y := Word(x); y != x {
			binary.LittleEndian.PutUint64(b[i:], y)
		}
	}
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}
