"""pakru-desktop: an offline reference library on Pakistan–Russia relations."""

__version__ = "0.1.0"
