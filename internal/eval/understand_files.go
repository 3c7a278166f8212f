package eval

import (
	"fmt"
	"os"
)

// ReadUnderstandGoldFiles reads gold from several JSON Lines files, in
// order, into one list. Errors name the file; an article labelled in two
// files is an error too.
func ReadUnderstandGoldFiles(paths ...string) ([]UnderstandGold, error) {
	var gold []UnderstandGold
	from := map[string]string{}
	for _, path := range paths {
		g, err := understandReadFile(path)
		if err != nil {
			return nil, err
		}
		for _, a := range g {
			if first, dup := from[a.ID]; dup {
				return nil, fmt.Errorf("read understanding gold %s: id %q already labelled in %s", path, a.ID, first)
			}
			from[a.ID] = path
		}
		gold = append(gold, g...)
	}
	return gold, nil
}

func understandReadFile(path string) ([]UnderstandGold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read understanding gold: %w", err)
	}
	defer f.Close()
	g, err := ReadUnderstandGold(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}
