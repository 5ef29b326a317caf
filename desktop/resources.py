"""Temporary alias while the catalogue helper works; removed at merge."""
from desktop.datafiles import *  # noqa: F403
from desktop.datafiles import data_folder, forms_folder, framework_packs  # noqa: F401
