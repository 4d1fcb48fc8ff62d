"""The command line: `minutes-app SUBCOMMAND` drives the same services as the GUI."""
