"""The Follow-ups page's parts: the filter bar, presets, the detail panel, status changes, exports, reminders."""
