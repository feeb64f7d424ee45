"""What the library knows beyond its text: topics (and, later, facts and timelines)."""
