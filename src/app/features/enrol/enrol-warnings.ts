// The domain's warnings (checkRegistration: ID digits against the birth year, a birth year that may be
// under age…) by form field path, from the resolver to the person blocks. They never block a save.
export type FieldWarnings = Readonly<Record<string, readonly string[]>>
