"""The global search: one box over every kind of record, results grouped by kind while typing."""
