"""Alembic migrations of the user database (run by storage.user_db, never by hand)."""
