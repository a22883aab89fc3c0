"""Controllers: each gets the store, settings and the view it drives, and wires them together."""
