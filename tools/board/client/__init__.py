"""The client tools: what a client team and its reviewers use before a merge.

``board new`` asks in either language and writes a draft (`scaffold`, `draft`); ``board preview``
summarises a pull request's changes (`preview`, `preview_words`), the sealing keys first
(`rekeying`); ``board pr-scope`` keeps content and code changes apart (`scope`).
"""
