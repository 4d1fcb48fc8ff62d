"""Small generic widgets that know nothing of meetings, people or the store."""
