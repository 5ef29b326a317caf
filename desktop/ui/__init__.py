"""The Qt user interface: main window, pages, item models and dialogs."""
