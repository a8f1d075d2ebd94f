"""Intake: a GitHub webhook event in, a decision out (labels, comment, close, ledger change).

The decision is a pure function of the payload, the repository content and the time; the
workflow applies it with ``gh``. Each issue form has its own handler, chosen by the form the
issue body answers (see ``dispatch``).
"""
