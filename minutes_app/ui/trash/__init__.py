"""The Trash page: deleted records, restored or removed for good."""
