"""Migration scripts, oldest first (alembic reads them by revision, not by name)."""
