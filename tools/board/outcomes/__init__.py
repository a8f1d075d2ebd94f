"""After closing: the files in ``content/outcomes/<opportunity-id>/`` (the contract shared by
issues #10 and #12), their values and their rules."""
