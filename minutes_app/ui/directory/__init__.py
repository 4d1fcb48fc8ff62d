"""The People & organisations page: its tables and the person and organisation dialogs."""
