"""Framework Ready: qualify a charity onto a public-sector framework, bid, and print packs."""

__version__ = "0.1.0"

APP_NAME = "Framework Ready"
APP_ID = "framework-ready"  # the data folder's name: never change it (users' data is there)
DESKTOP_ID = "uk.org.frameworkready.FrameworkReady"  # .desktop file and AppStream id
ORGANISATION_NAME = "Framework Ready"
ORGANISATION_DOMAIN = "framework-ready.org.uk"
