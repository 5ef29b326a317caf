"""Framework packs: declarative framework data loaded from forms/frameworks/*.toml and validated."""
