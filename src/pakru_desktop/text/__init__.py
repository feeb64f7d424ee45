"""Text shared by every floor: folding, the language and script of a text, front matter,
sentence splitting. Imports nothing of the package but the model."""
