"""Starting the app: Qt, opening the store and its ways out, what runs once it is open, crash reporting."""
