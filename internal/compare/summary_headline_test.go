package compare

import "testing"

func TestHeadlineOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The ferry sailed again on Tuesday.", "The ferry sailed again on Tuesday."},
		{"The talks, which were held in Corran with Ilse Marten, the harbour master, ended without a deal on Friday.",
			"The talks ended without a deal on Friday."},
		{"Repairs finished early, the board said, and the fleet returned.", "Repairs finished early and the fleet returned."},
		{"One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen.",
			"One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen …"},
	}
	for _, tt := range tests {
		if got := headlineOf(tt.in); got != tt.want {
			t.Errorf("headlineOf(%q)\n got  %q\n want %q", tt.in, got, tt.want)
		}
	}
}
