"""Inner Child: an offline, encrypted desktop journal for inner child work."""

__version__ = "0.1.0"

APP_NAME = "InnerChild"
APP_DISPLAY_NAME = "Inner Child"
APP_ID = "io.github.innerchild.InnerChild"
