"""Qt widgets and models. Views hold layout; controllers wire them to the store and settings."""
