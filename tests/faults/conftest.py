"""Fixtures for the fault tests (they live in fault_tools.py with the helpers)."""

from fault_tools import demo_database, read_only_view, small_disk

__all__ = ["demo_database", "read_only_view", "small_disk"]
