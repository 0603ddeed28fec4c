"""Screens: the claims list, a claim's detail, the source reader, and the modal prompts and pickers."""
