"""Qt lives here: the window (views), item models, and the controllers that wire them."""
