"""Exporting from the window: the course-pack dialog, the save dialog and the export jobs."""
