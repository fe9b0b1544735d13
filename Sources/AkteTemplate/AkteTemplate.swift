// AkteTemplate: the template language of akte, for ODF text documents (.fodt/.odt, typed in LibreOffice Writer,
// bound by AkteODF) and plain text (.txt), compiled once and rendered many times. See ../shared/ARCHITECTURE.md.
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
// The language knows no markup. A compiled template is static bytes and holes (Segment); rendering concatenates
// bytes and values written by a ValueEncoding (none for plain text), so a compiled template is immutable,
// Sendable, and shared by any number of threads. Binding the language to ODF documents (finding tags in
// paragraphs, deciding what a section repeats, escaping values as ODF text) is AkteODF's job (Template/).
