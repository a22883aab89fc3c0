"""Qt item models over the library and the notes: what the lists show."""
