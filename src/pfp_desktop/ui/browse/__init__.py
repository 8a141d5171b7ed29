"""Browsing the catalogue: the tree, its model, history and context menu."""
