"""Use cases over storage and export. Each public call owns one session; returns domain objects."""
