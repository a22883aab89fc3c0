"""Tests of ExpertReader (a package, so `tests.*` imports never meet another `tests`)."""
