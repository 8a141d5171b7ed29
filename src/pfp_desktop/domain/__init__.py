"""Domain layer: frozen dataclasses and pure rules. Standard library only, no I/O."""
