"""File > Import from a spreadsheet: the dialog that maps columns, previews rows and imports them."""
