package quote

import (
	"testing"

	"github.com/newsfold/newsfold/internal/news"
	"github.com/newsfold/newsfold/internal/nlp/entity"
)

func quotesOf(paras ...string) []news.Quote {
	a := &news.Article{Paragraphs: paras}
	entity.Find(a)
	Find(a)
	return a.Quotes
}

func TestFind(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []news.Quote
	}{
		{
			name:  "name and cue after",
			paras: []string{"“We will rebuild the bridge,” Tomas Brandvik said."},
			want:  []news.Quote{{Text: "We will rebuild the bridge", Speaker: "Tomas Brandvik"}},
		},
		{
			name:  "a colon introduces another speaker's quotation",
			paras: []string{"Tomas Brandvik spoke first. “The mill will reopen,” Brandvik said. “We are sure of it.” Then an unseen narrator concludes: “The valley needs work, not promises.”"},
			want: []news.Quote{
				{Text: "The mill will reopen. We are sure of it.", Speaker: "Tomas Brandvik"},
				{Text: "The valley needs work, not promises.", Speaker: ""},
			},
		},
		{
			name: "a spaced straight mark after a comma closes a quotation opened a paragraph before",
			paras: []string{
				"Ada Brandt farms near the river. \" The river rose fast.",
				"We ran to the hills, \" said Ada Brandt, a farmer.",
			},
			want: []news.Quote{{Text: "The river rose fast."}},
		},
		{
			name:  "a spaced straight mark after a comma opens a quotation of capitalised words",
			paras: []string{"Ada Brandt farms near the river.", "She said, \" We ran to the hills. \""},
			want:  []news.Quote{{Text: "We ran to the hills.", Speaker: "Ada Brandt", Paragraph: 1}},
		},
		{
			name:  "cue before the name",
			paras: []string{"“We will rebuild the bridge,” said Tomas Brandvik, who runs the mill."},
			want:  []news.Quote{{Text: "We will rebuild the bridge", Speaker: "Tomas Brandvik"}},
		},
		{
			name:  "name, apposition, cue",
			paras: []string{"“The river kept rising,” Ilse Marten, a former mayor of the town, wrote in her memoir."},
			want:  []news.Quote{{Text: "The river kept rising", Speaker: "Ilse Marten"}},
		},
		{
			name: "honorific and cue before with a colon",
			paras: []string{
				"Tomas Brandvik runs the mill.",
				"In an interview Mr Brandvik said: “The mill will reopen in spring.”",
			},
			want: []news.Quote{{Text: "The mill will reopen in spring.", Speaker: "Tomas Brandvik", Paragraph: 1}},
		},
		{
			name:  "according to",
			paras: []string{"According to Ilse Marten, “the budget for the wall is already spent.”"},
			want:  []news.Quote{{Text: "the budget for the wall is already spent.", Speaker: "Ilse Marten"}},
		},
		{
			name:  "told reporters",
			paras: []string{"“Nothing has been decided yet,” Brandvik told reporters on Friday."},
			want:  []news.Quote{{Text: "Nothing has been decided yet", Speaker: "Brandvik"}},
		},
		{
			name:  "told an outlet, with a partial quotation",
			paras: []string{"Anna Holt told Valley Radio on Tuesday that the plan was “dead in the water for now.”"},
			want:  []news.Quote{{Text: "dead in the water for now.", Speaker: "Anna Holt"}},
		},
		{
			name:  "added, noted and insisted",
			paras: []string{"“The nets are empty,” Anna Holt added.", "“The fish have gone north,” Piet Olen noted.", "“They will come back,” Holt insisted."},
			want: []news.Quote{
				{Text: "The nets are empty", Speaker: "Anna Holt"},
				{Text: "The fish have gone north", Speaker: "Piet Olen", Paragraph: 1},
				{Text: "They will come back", Speaker: "Anna Holt", Paragraph: 2},
			},
		},
		{
			name: "pronoun after a quotation names the last subject",
			paras: []string{
				"Mayor Ilse Marten opened the bridge on Sunday.",
				"“It is a great day for the valley,” she said.",
			},
			want: []news.Quote{{Text: "It is a great day for the valley", Speaker: "Ilse Marten", Paragraph: 1}},
		},
		{
			name: "pronoun gender picks between two people",
			paras: []string{
				"Ms Marten met Mr Brandvik at the mill.",
				"“The wall will hold this winter,” she said.",
				"“I hope so,” he said.",
			},
			want: []news.Quote{
				{Text: "The wall will hold this winter", Speaker: "Marten", Paragraph: 1},
				{Text: "I hope so", Speaker: "Brandvik", Paragraph: 2},
			},
		},
		{
			name: "a description names the person described so",
			paras: []string{
				"Harbour Department spokesman Piet Olen declined to give details.",
				"Anna Holt, who chairs the association, was angry.",
				"“We are looking into it,” the spokesman said.",
			},
			want: []news.Quote{{Text: "We are looking into it", Speaker: "Piet Olen", Paragraph: 2}},
		},
		{
			name:  "a quotation split around its attribution is one quote",
			paras: []string{"“We tried,” Mr. Brandvik said. “We failed, and we will try again.”"},
			want:  []news.Quote{{Text: "We tried. We failed, and we will try again.", Speaker: "Brandvik"}},
		},
		{
			name:  "split inside one sentence",
			paras: []string{"“The plan is sound,” Ilse Marten said, “but the money is not there.”"},
			want:  []news.Quote{{Text: "The plan is sound, but the money is not there.", Speaker: "Ilse Marten"}},
		},
		{
			name: "a quotation running over two paragraphs",
			paras: []string{
				"“The first thing we did was count the boats.",
				"“Then we counted the nets,” Ilse Marten said.",
			},
			want: []news.Quote{{Text: "The first thing we did was count the boats. Then we counted the nets", Speaker: "Ilse Marten"}},
		},
		{
			name: "a paragraph of quotation goes on with the last speaker",
			paras: []string{
				"“The river is high,” Anna Holt said.",
				"“The boats are all tied up in the harbour.”",
			},
			want: []news.Quote{
				{Text: "The river is high", Speaker: "Anna Holt"},
				{Text: "The boats are all tied up in the harbour.", Speaker: "Anna Holt", Paragraph: 1},
			},
		},
		{
			name:  "scare quotes, titles and terms are not quotations",
			paras: []string{"The so-called “reform” of the “Valley Courier” failed, and the “pay as you go” rule stayed, Anna Holt said."},
			want:  nil,
		},
		{
			name:  "a short utterance with its attribution is a quotation",
			paras: []string{"“Agreed,” Anna Holt said."},
			want:  []news.Quote{{Text: "Agreed", Speaker: "Anna Holt"}},
		},
		{
			name:  "a phrase without attribution is not a quotation",
			paras: []string{"The town called the flood “the worst in a century” last year."},
			want:  nil,
		},
		{
			name:  "straight and curly marks mixed",
			paras: []string{"\"We will see,\" Anna Holt said. \"Maybe next year.”"},
			want:  []news.Quote{{Text: "We will see. Maybe next year.", Speaker: "Anna Holt"}},
		},
		{
			name:  "a wrong-way closing mark",
			paras: []string{"“Who will pay for it?“ Anna Holt asked."},
			want:  []news.Quote{{Text: "Who will pay for it?", Speaker: "Anna Holt"}},
		},
		{
			name:  "single quotation marks",
			paras: []string{"'We will not back down,' Tomas Brandvik said."},
			want:  []news.Quote{{Text: "We will not back down", Speaker: "Tomas Brandvik"}},
		},
		{
			name:  "apostrophes are not quotation marks",
			paras: []string{"Brandvik's plan isn't the council's, and the workers' union doesn't like it, Anna Holt said."},
			want:  nil,
		},
		{
			name:  "a speaker with no name",
			paras: []string{"“It was chaos on the bridge,” one witness said."},
			want:  []news.Quote{{Text: "It was chaos on the bridge", Speaker: ""}},
		},
		{
			name:  "an unclosed quotation with its attribution inside is split there",
			paras: []string{"“The quay is older than the town, Anna Holt said. “It will outlast us all.”"},
			want:  []news.Quote{{Text: "The quay is older than the town. It will outlast us all.", Speaker: "Anna Holt"}},
		},
		{
			name:  "parts around one attribution clause with an apposition are one quote",
			paras: []string{"“The nets come first,” Per Ostrem, the guild’s chief planner, said in an interview, “and the boats come second.”"},
			want:  []news.Quote{{Text: "The nets come first, and the boats come second.", Speaker: "Per Ostrem"}},
		},
		{
			name:  "the subject of a relative clause speaks, not a name inside the clause",
			paras: []string{"Sen. Ada Lind, who on Monday met Tomas Brandvik at the mill, said the vote was “a turning point for the valley.”"},
			want:  []news.Quote{{Text: "a turning point for the valley.", Speaker: "Ada Lind"}},
		},
		{
			name: "a possessive pronoun carries a person to the next sentence",
			paras: []string{
				"The plan came from Sen. Ada Lind on Monday.",
				"Her office told Tomas Brandvik that the bill would pass.",
				"“It will save the harbour,” she told reporters.",
			},
			want: []news.Quote{{Text: "It will save the harbour", Speaker: "Ada Lind", Paragraph: 2}},
		},
		{
			name:  "a programme title ending in a period is not a quotation",
			paras: []string{"Brandvik told Valley Radio’s “Morning Harbour Hour.” that he would stay."},
			want:  nil,
		},
		{
			name:  "a phrase quoted at the end of a sentence is not attributed by the next one",
			paras: []string{"The paper called him “a friend of the valley.” Anna Holt said little."},
			want:  nil,
		},
		{
			name:  "a phrase someone is known for, labeled by them",
			paras: []string{"The harbour, which Mayor Ilse Marten once labeled a “jewel of the north,” reopened."},
			want:  []news.Quote{{Text: "jewel of the north", Speaker: "Ilse Marten"}},
		},
		{
			name: "a quotation introduced at the end of the paragraph before",
			paras: []string{
				"Tomas Brandvik runs the mill. After the vote, Mr. Brandvik told reporters:",
				"“We will be back at work by the spring.”",
			},
			want: []news.Quote{{Text: "We will be back at work by the spring.", Speaker: "Tomas Brandvik", Paragraph: 1}},
		},
		{
			name: "a name opening the sentence before is the pronoun's person",
			paras: []string{
				"“The mill will reopen,” Tomas Brandvik said.",
				"Per Ostrem praised Brandvik in a short statement. “I know he will keep his word,” he said.",
			},
			want: []news.Quote{
				{Text: "The mill will reopen", Speaker: "Tomas Brandvik"},
				{Text: "I know he will keep his word", Speaker: "Per Ostrem", Paragraph: 1},
			},
		},
		{
			name: "a possessive name does not open the sentence as its subject",
			paras: []string{
				"“We will fight this,” Tomas Brandvik said.",
				"Brandvik's lawyer, Per Ostrem, said in a statement that the charges were false.",
				"“The charges will not stand in any court,” he said.",
			},
			want: []news.Quote{
				{Text: "We will fight this", Speaker: "Tomas Brandvik"},
				{Text: "The charges will not stand in any court", Speaker: "Per Ostrem", Paragraph: 2},
			},
		},
		{
			name: "a pronoun after a name in its sentence stands for that name",
			paras: []string{
				"“The harbour is safe,” Tomas Brandvik said.",
				"In an interview on Tuesday, Mr. Ostrem said he welcomed the argument.",
				"“The harbour needs this argument,” he said.",
			},
			want: []news.Quote{
				{Text: "The harbour is safe", Speaker: "Tomas Brandvik"},
				{Text: "The harbour needs this argument", Speaker: "Ostrem", Paragraph: 2},
			},
		},
		{
			name:  "a second speech verb joined by 'and' keeps its subject",
			paras: []string{"Anna Holt said the loss was “a sad day for the whole town” and said “the ferry will run again by June.”"},
			want: []news.Quote{
				{Text: "a sad day for the whole town", Speaker: "Anna Holt"},
				{Text: "the ferry will run again by June.", Speaker: "Anna Holt"},
			},
		},
		{
			name:  "a speech verb after 'to' does not name its speaker",
			paras: []string{"Tomas Brandvik said he stopped Per Ostrem to tell him that “the town comes before the mill, always.”"},
			want:  []news.Quote{{Text: "the town comes before the mill, always.", Speaker: "Tomas Brandvik"}},
		},
		{
			name:  "a name inside an apposition does not speak for the subject",
			paras: []string{"Eva Dahl, the press officer for Sen. Lars Berg, wrote that the vote was “a clear win for the harbour towns.”"},
			want:  []news.Quote{{Text: "a clear win for the harbour towns.", Speaker: "Eva Dahl"}},
		},
		{
			name:  "a role written right after the comma is an apposition",
			paras: []string{"Per Ostrem, executive director of the Fjord Trust, said the clubs had never counted “the boats tied up along the north quay.”"},
			want:  []news.Quote{{Text: "the boats tied up along the north quay.", Speaker: "Per Ostrem"}},
		},
		{
			name:  "a speech verb joined by 'and' shares the first one's subject",
			paras: []string{"Anna Holt said the harbour would reopen if the council paid, and urged the town to “finish the wall before the first storm.”"},
			want:  []news.Quote{{Text: "finish the wall before the first storm.", Speaker: "Anna Holt"}},
		},
		{
			name: "an organisation quoted before is not a pronoun's person",
			paras: []string{
				"The Valley Times confirmed that Tomas Brandvik sent the council a note headed “an urgent meeting about the nets.”",
				"In the note, he asked members to come “to the boathouse on Monday evening.”",
			},
			want: []news.Quote{
				{Text: "an urgent meeting about the nets.", Speaker: "Valley Times"},
				{Text: "to the boathouse on Monday evening.", Speaker: "Tomas Brandvik", Paragraph: 1},
			},
		},
		{
			name:  "a quotation broken over lines has single spaces",
			paras: []string{"“The river kept\n  rising all night,” Anna Holt said."},
			want:  []news.Quote{{Text: "The river kept rising all night", Speaker: "Anna Holt"}},
		},
		{
			name:  "a series of quoted phrases after one attribution",
			paras: []string{"Eva Dahl, the press officer for Sen. Lars Berg, wrote that the boys should \"try showing a little class,\" \"sit up straight, not slouch like that,\" and, most of all, \"stop pulling faces\" at events."},
			want: []news.Quote{
				{Text: "try showing a little class", Speaker: "Eva Dahl"},
				{Text: "sit up straight, not slouch like that", Speaker: "Eva Dahl"},
				{Text: "stop pulling faces", Speaker: "Eva Dahl"},
			},
		},
		{
			name:  "a quoted title inside an attribution",
			paras: []string{"The daily “Valley Courier” noted that “the council has run out of money.”"},
			want:  []news.Quote{{Text: "the council has run out of money.", Speaker: "Valley Courier"}},
		},
		{
			name:  "a quotation right after a quoted title is not a phrase",
			paras: []string{"“The nets are empty again,” Anna Holt said on the radio show “Morning Tide.” “We will fish further north this year.”"},
			want:  []news.Quote{{Text: "The nets are empty again. We will fish further north this year.", Speaker: "Anna Holt"}},
		},
		{
			name:  "a long phrase after “that” and before a preposition is quoted speech",
			paras: []string{"Anna Holt said that “the nets have been empty all week” in the north."},
			want:  []news.Quote{{Text: "the nets have been empty all week", Speaker: "Anna Holt"}},
		},
		{
			name:  "a phrase after an article and before “and” is quoted speech",
			paras: []string{"Piet Olen warned that a “storm is coming soon” and left the quay."},
			want:  []news.Quote{{Text: "storm is coming soon", Speaker: "Piet Olen"}},
		},
		{
			name:  "an abbreviation in parentheses does not end the sentence",
			paras: []string{"Eva Dahl, an aide to Sen. Lars Berg (D-Ore.), wrote that the plan was “a shameful waste of money.”"},
			want:  []news.Quote{{Text: "a shameful waste of money.", Speaker: "Eva Dahl"}},
		},
		{
			name:  "a participle of a speech verb",
			paras: []string{"Piet Olen issued a statement on Friday, saying, “The port stays open all winter.”"},
			want:  []news.Quote{{Text: "The port stays open all winter.", Speaker: "Piet Olen"}},
		},
		{
			name:  "criticised as",
			paras: []string{"Anna Holt criticized the plan as “a gift to the richest families in town.”"},
			want:  []news.Quote{{Text: "a gift to the richest families in town.", Speaker: "Anna Holt"}},
		},
		{
			name:  "a participle takes the main clause's subject, not a name in an opening phrase",
			paras: []string{"After meeting Mayor Ilse Marten on Monday, Tomas Brandvik disputed the figures, saying that “the dam was never at risk of breaking.”"},
			want:  []news.Quote{{Text: "the dam was never at risk of breaking.", Speaker: "Tomas Brandvik"}},
		},
		{
			name:  "a participle after a name in the object takes the subject",
			paras: []string{"Anna Holt tried to answer questions on behalf of Mr. Piet Olen, saying that “the harbour plan belongs to the whole council.”"},
			want:  []news.Quote{{Text: "the harbour plan belongs to the whole council.", Speaker: "Anna Holt"}},
		},
		{
			name:  "a second participle joined by “but” keeps the speaker",
			paras: []string{"Eva Dahl issued a statement calling the deal “a very steep price” but saying the mayor was “right to choose the safer harbour plan.”"},
			want: []news.Quote{
				{Text: "a very steep price", Speaker: "Eva Dahl"},
				{Text: "right to choose the safer harbour plan.", Speaker: "Eva Dahl"},
			},
		},
		{
			name:  "a relative clause speaks for the name it follows",
			paras: []string{"The plan was denounced by the Harbour Trust, a residents' group, which said it was “wrong for Mayor Marten to close the quay.”"},
			want:  []news.Quote{{Text: "wrong for Mayor Marten to close the quay.", Speaker: "Harbour Trust"}},
		},
		{
			name:  "the name right before the verb speaks, not the organisation before it",
			paras: []string{"“The board will meet again on Monday,” Harbour Trust spokesman Lars Berg said in a statement."},
			want:  []news.Quote{{Text: "The board will meet again on Monday", Speaker: "Lars Berg"}},
		},
		{
			name:  "a verb in the passive is not the quotation's verb",
			paras: []string{"Anna Holt told reporters that the plan announced by Mayor Ilse Marten “would ruin the fishing families.”"},
			want:  []news.Quote{{Text: "would ruin the fishing families.", Speaker: "Anna Holt"}},
		},
		{
			name:  "two quotations each with its own attribution stay apart",
			paras: []string{"“My name is Anna and I have a plan!” Anna Holt declared. “We will dredge the harbour,” she said, drawing cheers."},
			want: []news.Quote{
				{Text: "My name is Anna and I have a plan!", Speaker: "Anna Holt"},
				{Text: "We will dredge the harbour", Speaker: "Anna Holt"},
			},
		},
		{
			name:  "a sentence of quotation after the speaker's phrase is the speaker's",
			paras: []string{"Piet Olen said the vote was “a quiet kind of theft,” even if nobody gained. “It is clear that the council broke its own rules again.”"},
			want: []news.Quote{
				{Text: "a quiet kind of theft", Speaker: "Piet Olen"},
				{Text: "It is clear that the council broke its own rules again.", Speaker: "Piet Olen"},
			},
		},
		{
			name:  "a quotation opening with a hashtag",
			paras: []string{"Eva Dahl tweeted on Friday \"#harbour plan is dead. Nobody wants it.\""},
			want:  []news.Quote{{Text: "#harbour plan is dead. Nobody wants it.", Speaker: "Eva Dahl"}},
		},
		{
			name:  "a quotation after another with a clause of its own before it",
			paras: []string{"“The harbour has never been busier,” Anna Holt wrote on Friday. She added, “Nobody should doubt the plan. It has been backed by every mayor since the war.”"},
			want: []news.Quote{
				{Text: "The harbour has never been busier", Speaker: "Anna Holt"},
				{Text: "Nobody should doubt the plan. It has been backed by every mayor since the war.", Speaker: "Anna Holt"},
			},
		},
		{
			name:  "a verb joined by “and” shares the sentence's subject",
			paras: []string{"Piet Olen, the harbour master and Mr. Brandvik’s former deputy, joined the debate on Monday and said that the mayor should “close the north quay” by spring."},
			want:  []news.Quote{{Text: "close the north quay", Speaker: "Piet Olen"}},
		},
		{
			name:  "a person named after a description set off by a comma",
			paras: []string{"A spokesman for the Harbour Trust, Lars Berg, said Mayor Marten was “betting against the fishing families.”"},
			want:  []news.Quote{{Text: "betting against the fishing families.", Speaker: "Lars Berg"}},
		},
		{
			name:  "a subject set off from its verb by a phrase",
			paras: []string{"Then, Anna Holt, speaking in a whisper as she stood close to the reporter, said Mr. Olen was “not brave enough” and added: “I will see you in court.”"},
			want: []news.Quote{
				{Text: "not brave enough", Speaker: "Anna Holt"},
				{Text: "I will see you in court.", Speaker: "Anna Holt"},
			},
		},
		{
			name: "a clause ending in a colon without a speech verb",
			paras: []string{
				"Anna Holt and Piet Olen debated the harbour plan on Tuesday.",
				"Olen shot back, in reference to Holt's habit of reading figures wrongly: “As the mayor knows, numbers do not lie.”",
			},
			want: []news.Quote{{Text: "As the mayor knows, numbers do not lie.", Speaker: "Piet Olen", Paragraph: 1}},
		},
		{
			name:  "a pronoun after the only name in its sentence",
			paras: []string{"Anna Holt, head of the harbour board, drew criticism on Friday after a speech about the north quay, a project she called “a gift to the richest families.”"},
			want:  []news.Quote{{Text: "a gift to the richest families.", Speaker: "Anna Holt"}},
		},
		{
			name: "a pronoun set off by commas is not the sentence's subject",
			paras: []string{
				"Anna Holt wrote a book about the harbour.",
				"The Olen family, she wrote, “never once paid for the damage to the quay.”",
			},
			want: []news.Quote{{Text: "never once paid for the damage to the quay.", Speaker: "Anna Holt", Paragraph: 1}},
		},
		{
			name:  "a long phrase quoted without a speech verb belongs to the sentence's subject",
			paras: []string{"Anna Holt believes that the plan “continues a long pattern of waste at the harbour” across the valley."},
			want:  []news.Quote{{Text: "continues a long pattern of waste at the harbour", Speaker: "Anna Holt"}},
		},
		{
			name:  "a long phrase quoted without a speech verb or a named subject",
			paras: []string{"Federal law makes it a crime for anyone “who offers any post, contract or other benefit” to a candidate."},
			want:  []news.Quote{{Text: "who offers any post, contract or other benefit"}},
		},
		{
			name: "a title written as a description stands for the one who holds it",
			paras: []string{
				"Congressman Piet Olen met reporters on the quay.",
				"Then, the congressman, speaking quietly as he stood close to Mayor Anna Holt, said she was “not brave enough” for the job.",
			},
			want: []news.Quote{{Text: "not brave enough", Speaker: "Piet Olen", Paragraph: 1}},
		},
		{
			name: "a paragraph of quotation after a paragraph that reports a speaker",
			paras: []string{
				"According to Lena Vasquez at the Harbour Review, the repairs will cost four million crowns.",
				"“The sum I get is close to four million. Nobody in the council has checked it.”",
			},
			want: []news.Quote{{Text: "The sum I get is close to four million. Nobody in the council has checked it.", Speaker: "Lena Vasquez", Paragraph: 1}},
		},
		{
			name: "a paragraph of quotation after a paragraph quoting a phrase gets no reported speaker",
			paras: []string{
				"Lena Vasquez said the repairs were “far too slow for the fishing season.”",
				"“The sum I get is close to four million. Nobody in the council has checked it.”",
			},
			want: []news.Quote{
				{Text: "far too slow for the fishing season.", Speaker: "Lena Vasquez"},
				{Text: "The sum I get is close to four million. Nobody in the council has checked it.", Paragraph: 1},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := quotesOf(tc.paras...)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d quotes %+v, want %d %+v", len(got), got, len(tc.want), tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("quote %d:\n got %+v\nwant %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestFindShortSecondPart(t *testing.T) {
	got := quotesOf("“We tried our best,” Anna Holt said. “We failed.”")
	want := []news.Quote{{Text: "We tried our best. We failed.", Speaker: "Anna Holt"}}
	if len(got) != 1 || got[0] != want[0] {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestFindEmpty(t *testing.T) {
	for _, paras := range [][]string{nil, {""}, {"“"}, {"”"}, {"\"\""}, {"“ ”"}, {"'"}} {
		if got := quotesOf(paras...); len(got) != 0 {
			t.Errorf("quotes of %q: %+v", paras, got)
		}
	}
}

func TestLooseQuotation(t *testing.T) {
	tests := []struct {
		text   string
		closed bool
		want   bool
	}{
		{"continues a long pattern of waste at the harbour", true, true},
		{"continues a long pattern of waste at the harbour", false, false},
		{"a pattern of waste", true, false},
		{", the host of the evening said on the radio", true, false},
		{"— and the host of the evening said on the radio", true, false},
	}
	for _, tc := range tests {
		pt := part{text: tc.text, sp: span{closed: tc.closed}}
		if got := looseQuotation(pt); got != tc.want {
			t.Errorf("looseQuotation(%q, closed=%v) = %v, want %v", tc.text, tc.closed, got, tc.want)
		}
	}
}
