package extract

import (
	"reflect"
	"testing"
)

func TestJoinBroken(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"initial", []string{"The talks ended soon after President Jane Q.", "Doe took office in the spring."},
			[]string{"The talks ended soon after President Jane Q. Doe took office in the spring."}},
		{"lower-case continuation", []string{"The ministry said the talks would focus", "on water and nothing else."},
			[]string{"The ministry said the talks would focus on water and nothing else."}},
		{"heading kept apart", []string{"Only the river", "officials said nothing else."},
			[]string{"Only the river", "officials said nothing else."}},
		{"sentence end kept", []string{"The ministry said the talks were over.", "then the minister left the room."},
			[]string{"The ministry said the talks were over.", "then the minister left the room."}},
		{"address not joined", []string{"Get the full list of offers from the shop here", "http://shop.example/x"},
			[]string{"Get the full list of offers from the shop here", "http://shop.example/x"}},
		{"capital after open line", []string{"The ministry said the talks would focus on water", "Officials disagreed."},
			[]string{"The ministry said the talks would focus on water", "Officials disagreed."}},
	}
	for _, tt := range tests {
		if got := joinBroken(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: joinBroken = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestStripCaption(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Minister Arlen (file photo) (RFE/RL) The government said", "(RFE/RL) The government said"},
		{"Ms Doe (Photo: Jane Roe) The council met", "The council met"},
		{"The council met. Officials praised the plan, he said (file photo) and left.", "The council met. Officials praised the plan, he said (file photo) and left."},
		{"No caption here.", "No caption here."},
	}
	for _, tt := range tests {
		if got := stripCaption(tt.in); got != tt.want {
			t.Errorf("stripCaption(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadLeadDuplicatedStandfirst(t *testing.T) {
	tests := []struct {
		name  string
		in    []string
		want  []string
		place string
	}{
		{"standfirst then dateline paragraph",
			[]string{"The port authority said Monday it would open talks with shippers over new fees.", "OAKDALE, Nov 28 (AFP) – The port authority said Monday it would open talks with shippers over new fees.", "More text follows here."},
			[]string{"The port authority said Monday it would open talks with shippers over new fees.", "More text follows here."}, "OAKDALE"},
		{"standfirst run into the dateline",
			[]string{"AFP: The port authority said Monday it would open talks with shippers. OAKDALE, Nov 28 (AFP) – The port authority said Monday it would open talks with shippers."},
			[]string{"The port authority said Monday it would open talks with shippers."}, "OAKDALE"},
		{"different standfirst kept",
			[]string{"Fees will rise for every ship calling at the port next year.", "OAKDALE, Nov 28 (AFP) – The port authority said Monday it would open talks with shippers."},
			[]string{"Fees will rise for every ship calling at the port next year.", "The port authority said Monday it would open talks with shippers."}, "OAKDALE"},
		{"no dateline",
			[]string{"The port authority said Monday it would open talks."},
			[]string{"The port authority said Monday it would open talks."}, ""},
	}
	for _, tt := range tests {
		got, ld := readLead(append([]string(nil), tt.in...))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: paragraphs = %q, want %q", tt.name, got, tt.want)
		}
		place := ""
		if ld.dateline != nil {
			place = ld.dateline.Place
		}
		if place != tt.place {
			t.Errorf("%s: dateline place = %q, want %q", tt.name, place, tt.place)
		}
	}
}

func TestWireSignoff(t *testing.T) {
	tests := []struct {
		in     []string
		want   []string
		agency string
	}{
		{[]string{"The council met.", "— AFP"}, []string{"The council met."}, "AFP"},
		{[]string{"The council met.", "(Reuters)"}, []string{"The council met."}, "Reuters"},
		{[]string{"The council met.", "Reuters reported the vote first."}, []string{"The council met.", "Reuters reported the vote first."}, ""},
		{[]string{"AP"}, []string{"AP"}, ""},
	}
	for _, tt := range tests {
		got, agency := wireSignoff(tt.in)
		if !reflect.DeepEqual(got, tt.want) || agency != tt.agency {
			t.Errorf("wireSignoff(%q) = %q, %q; want %q, %q", tt.in, got, agency, tt.want, tt.agency)
		}
	}
}
