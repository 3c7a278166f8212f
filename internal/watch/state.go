package watch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"
)

// The store's named values the watcher keeps. Feed validators are keyed
// by the feed's address; item marks by a digest of the item's link, so
// keys stay short whatever the link.
const (
	keyETag     = "watch.feed.etag "
	keyModified = "watch.feed.last-modified "
	keySeen     = "watch.item.seen "
	keyTries    = "watch.item.tries "
)

func itemKey(prefix, link string) string {
	sum := sha256.Sum256([]byte(link))
	return prefix + hex.EncodeToString(sum[:16])
}

// validators returns the ETag and Last-Modified kept for a feed.
func (w *Watcher) validators(ctx context.Context, feedURL string) (etag, modified string, err error) {
	etag, _, err = w.store.Meta(ctx, keyETag+feedURL)
	if err != nil {
		return "", "", fmt.Errorf("feed %s: validators: %w", feedURL, err)
	}
	modified, _, err = w.store.Meta(ctx, keyModified+feedURL)
	if err != nil {
		return "", "", fmt.Errorf("feed %s: validators: %w", feedURL, err)
	}
	return etag, modified, nil
}

// keepValidators stores a feed's validators; empty ones clear what was
// kept, so the next fetch is in full.
func (w *Watcher) keepValidators(ctx context.Context, feedURL, etag, modified string) error {
	if err := w.store.SetMeta(ctx, keyETag+feedURL, etag); err != nil {
		return fmt.Errorf("feed %s: keep validators: %w", feedURL, err)
	}
	if err := w.store.SetMeta(ctx, keyModified+feedURL, modified); err != nil {
		return fmt.Errorf("feed %s: keep validators: %w", feedURL, err)
	}
	return nil
}

// seen reports whether an item's link was dealt with in an earlier poll.
func (w *Watcher) seen(ctx context.Context, link string) (bool, error) {
	v, ok, err := w.store.Meta(ctx, itemKey(keySeen, link))
	if err != nil {
		return false, fmt.Errorf("item %s: %w", link, err)
	}
	return ok && v != "", nil
}

// markSeen records that an item is done with: stored, or given up (how
// says which).
func (w *Watcher) markSeen(ctx context.Context, link, how string) error {
	v := time.Now().UTC().Format(time.RFC3339) + " " + how
	if err := w.store.SetMeta(ctx, itemKey(keySeen, link), v); err != nil {
		return fmt.Errorf("item %s: %w", link, err)
	}
	return nil
}

// countFailure records one more failed poll for an item and returns how
// many there have been.
func (w *Watcher) countFailure(ctx context.Context, link string) (int, error) {
	key := itemKey(keyTries, link)
	v, _, err := w.store.Meta(ctx, key)
	if err != nil {
		return 0, fmt.Errorf("item %s: %w", link, err)
	}
	n, _ := strconv.Atoi(v)
	n++
	if err := w.store.SetMeta(ctx, key, strconv.Itoa(n)); err != nil {
		return n, fmt.Errorf("item %s: %w", link, err)
	}
	return n, nil
}
