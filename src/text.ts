// Text PostgreSQL cannot store: it refuses NUL characters in text and JSON values, and a
// string with an unpaired UTF-16 surrogate has no UTF-8 form. Such input is refused at the
// edges (the GraphQL input guard, the legacy body reader, the authenticator) as the client's
// mistake; reaching the database it would fail there as an internal error.

// With the `u` flag a surrogate range only matches a surrogate that is not half of a pair.
export const hasUnstorableText = (s: string) => /[\u0000\uD800-\uDFFF]/u.test(s);
