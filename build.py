#!/usr/bin/env python3
"""Build, serve or check the MSK self-help site. See README.md, or run `python build.py --help`."""
import sys

from msksite.cli import main

if __name__ == "__main__":
    sys.exit(main())
