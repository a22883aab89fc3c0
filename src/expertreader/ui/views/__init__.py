"""Layout only: widgets arranged, named for screen readers, exposing signals; no decisions."""
