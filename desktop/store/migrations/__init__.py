"""Alembic migrations, shipped inside the package and run by desktop.store.migrate."""
