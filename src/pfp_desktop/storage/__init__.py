"""Storage layer: SQLAlchemy 2 ORM, engines and sessions. Returns domain objects upward."""
