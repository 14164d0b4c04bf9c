"""Entry script for the PyInstaller bundle (``openup_desktop/__main__.py`` uses relative imports,
so it cannot be the frozen ``__main__`` itself). Both executables in the bundle start here."""

import sys

from openup_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
