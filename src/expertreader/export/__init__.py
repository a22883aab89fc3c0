"""Exports of the person's notes: one intermediate form (document.py), one writer per format."""
