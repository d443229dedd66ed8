"""Build an NHS-style MSK self-help website from Markdown leaflets and a YAML service directory.

Pipeline stages, one module or package each: load -> validate -> plan -> render -> write -> index (see pipeline.py).
"""
