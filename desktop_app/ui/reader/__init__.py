"""The reader: one letter with its commitments, annotations and search hits painted, the
kind legend above it, and printing it."""
