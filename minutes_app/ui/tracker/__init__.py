"""The Follow-ups page: its table, the filter bar, presets, the detail panel, status changes, exports, reminders."""
