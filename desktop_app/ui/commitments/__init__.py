"""The commitments overview: its table model, the deadline timeline, and the review verbs
shared with the reader's context menu."""
