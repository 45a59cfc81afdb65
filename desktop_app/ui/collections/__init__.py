"""Collections (course packs): the view and its models."""
