"""Questions to the library: the query language, the engine, name variants, suggestions,
snippets and ordering."""
