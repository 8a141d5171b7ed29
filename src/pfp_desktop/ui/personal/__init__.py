"""The personal layer in the window: notes, stars, tags, corrections, their undo and saving."""
