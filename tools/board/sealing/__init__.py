"""Sealed applications: key pairs, the envelope format and the payload inside it.

``seal.js`` in this folder is the browser side of the same format (WebCrypto only); the public
site copies it to ``assets/seal.js`` for the Apply page.
"""
