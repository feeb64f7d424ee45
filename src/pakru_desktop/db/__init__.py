"""The library file: opening, migrating, the schema and its guards, rows in and out, the
search index filled, integrity checks."""
