"""Importing GP practices from the NHS Organisation Data Service file epraccur.csv into content/practices.yaml."""
