"""The pilot's own measures (issue #12 §3), computed from the repository alone.

`compute.compute` is a pure function from the loaded `Content` (opportunities, ledgers,
outcomes) and the build's day to a `Metrics` value; `export` writes it as JSON and CSV.
"""
