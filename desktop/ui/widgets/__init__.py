"""Widgets many pages share: autosave (and its problem line) and the typed inputs."""
