"""Team sharing in the window: the Team Sharing dialog and background syncs."""
