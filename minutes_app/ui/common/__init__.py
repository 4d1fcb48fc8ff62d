"""Building blocks shared by several screens: vocabulary labels, formatting, dates, table models, settings."""
