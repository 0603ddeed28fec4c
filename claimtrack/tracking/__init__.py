"""Documents become tracked claims: the tracker, and the one place names become actors."""
