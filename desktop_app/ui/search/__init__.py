"""The search pane and the model of its hits."""
