"""The Counterpart dossier page: its picker, tables and figures."""
