"""The Meetings page and the page hosting the meeting editor, with its export bar and meeting commands."""
