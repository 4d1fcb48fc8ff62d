"""Team servers in the GUI: the connection dialog, switching stores, and opening a server safely."""
