"""The Textual interface: a thin shell over the store and tracker (only this package imports Textual)."""
