"""Export helpers shared by every page: the save dialog, progress with Cancel, errors, opening the result."""
