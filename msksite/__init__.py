"""Build an NHS-style MSK self-help website from Markdown leaflets and a YAML service directory.

Pipeline stages, one module each: load -> validate -> render -> write -> index.
"""
