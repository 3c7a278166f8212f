package source

import "errors"

// Reasons an input is skipped or repaired. Every Warning's Err wraps one of
// them, so callers can count warnings by reason with errors.Is.
var (
	// ErrNotFound: a path given to Read does not exist.
	ErrNotFound = errors.New("no such file or directory")
	// ErrUnreadable: the file system refused to list or open the input.
	ErrUnreadable = errors.New("cannot read")
	// ErrNotRegular: a device, pipe or socket met while walking a folder.
	ErrNotRegular = errors.New("not a regular file")
	// ErrNoPages: a folder holds no file that could be a page.
	ErrNoPages = errors.New("folder holds no pages")
	// ErrDuplicate: a file already read under another path argument.
	ErrDuplicate = errors.New("already read")
	// ErrEmpty: a file, or a JSON Lines record's content, holds nothing
	// but white space.
	ErrEmpty = errors.New("empty")
	// ErrBinary: the input is not text (an image, an archive, NUL bytes,
	// mostly control characters).
	ErrBinary = errors.New("binary, not a text or HTML page")
	// ErrUnsupported: text in a form that is not a page, such as an XML
	// feed, a stylesheet or a script.
	ErrUnsupported = errors.New("unsupported format")
	// ErrTooLarge: the input, after decompression, is over the size limit.
	ErrTooLarge = errors.New("too large")
	// ErrTruncated: compressed data ends early.
	ErrTruncated = errors.New("truncated compressed data")
	// ErrCorrupt: compressed data that cannot be decompressed.
	ErrCorrupt = errors.New("corrupt compressed data")
	// ErrInvalidUTF8: text that is not valid UTF-8 and declares no other
	// encoding. The page is still read, repaired; the warning says how.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrBadJSON: a JSON Lines line that is not a JSON object.
	ErrBadJSON = errors.New("not a JSON object")
	// ErrNoContent: a JSON Lines record without a "text" or "html" field.
	ErrNoContent = errors.New(`no "text" or "html" field`)
	// ErrDuplicateID: a page whose ID an earlier page already took. The
	// page is still read, under a numbered ID; the warning names it.
	ErrDuplicateID = errors.New("duplicate page ID")
)
