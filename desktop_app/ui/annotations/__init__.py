"""Annotating: the verbs (undoable), their dialogs and wiring, the annotation browser, its
models and the palette's words."""
