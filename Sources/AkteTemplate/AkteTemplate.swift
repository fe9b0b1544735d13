// AkteTemplate: one template language for ODF text documents (.fodt/.odt, typed in LibreOffice Writer) and
// plain text (.txt), compiled once and rendered many times. See ../shared/ARCHITECTURE.md.
//
// The language
//   {{ a.b }}              inserts a value (dotted path; the first name is looked up from the innermost scope out)
//   {{#name}} … {{/name}}  a list repeats the content per item (the item's fields in scope, `{{.}}` the item);
//                          true, a map or a non-empty string renders it once (a map opens its fields);
//                          false, null (declared but absent), [] or "" removes it
//   {{^name}} … {{/name}}  the inverse: renders when false, null, [] or ""
//   {{! comment }}         dropped
// Strict: a name missing from the data is an error with a "did you mean" (edit distance over the names in
// scope), as are sections over a number (neither a list nor a condition), inserting a list or map, and characters XML 1.0 forbids.
//
// ODF binding (ParagraphNormaliser, SectionScoper, PartCompiler)
//   - Tags are found in a paragraph's text as the reader sees it (spans, text:s, bookmarks, change marks,
//     soft hyphens and rsid spans are looked through); each tag becomes one marker that keeps the formatting
//     of the tag's first character.
//   - A section repeats: the paragraphs/rows/list items between two tag-only blocks (which vanish); the table
//     row or list item holding both tags (or wrapped by both tags in one paragraph); else inline inside one
//     paragraph. Any other placement crosses the structure and is refused with the paragraph's location.
//   - The compiled template is static bytes and holes (Segment); rendering concatenates bytes and escaped
//     values only, so a compiled template is immutable, Sendable, and shared by any number of threads.
