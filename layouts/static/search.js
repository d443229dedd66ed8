// Placeholder until the search page script is built: the A to Z list below works without it.
