"""Exchanging annotations from the window: File → Import Annotations… (W3C Web Annotation and
Hypothesis files), its report, and the notice of annotations waiting for their letter."""
