"""Backing up and restoring the store from the File menu and at start-up."""
