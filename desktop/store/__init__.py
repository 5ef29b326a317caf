"""Persistence only: SQLAlchemy models, the engine, migrations and repositories."""
