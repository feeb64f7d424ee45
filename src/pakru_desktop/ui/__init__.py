"""The Qt shell: presents what the core knows. Only this package and app.py import PySide6."""
