"""Work that spans the floors below: import, recovery, collections and their signatures,
the user's library opened on first use."""
