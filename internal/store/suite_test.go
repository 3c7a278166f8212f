package store_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsfold/newsfold/internal/store"
	"github.com/newsfold/newsfold/internal/store/storetest"
)

func TestSQLiteSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "suite.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
