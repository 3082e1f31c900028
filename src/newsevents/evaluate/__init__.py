"""Accuracy evaluation against gold-standard data sets (``newsevents eval ...``).

One module per task; each reads its gold format, runs the library on the gold
texts and returns a typed report that the CLI prints as a table or JSON.
"""
