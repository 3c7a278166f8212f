// Package fetch is newsfold's polite HTTP client. It takes an address
// (with the validators of an earlier fetch) and gives the body as served,
// or word that it has not changed. On the way it keeps to the manners a
// crawler owes the sites it reads: requests to one host started at least
// Options.HostInterval apart; conditional requests (If-None-Match,
// If-Modified-Since) so an unchanged resource costs a 304 and no body;
// connect and overall timeouts; a cap on how much it reads; a
// User-Agent naming newsfold; on request, the site's robots.txt
// (RFC 9309, with Crawl-delay) obeyed; retries with exponential backoff and jitter
// on network errors, 429 (honouring Retry-After) and 5xx, and none on
// other 4xx answers.
package fetch
