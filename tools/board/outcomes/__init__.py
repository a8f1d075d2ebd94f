"""After closing: the files in ``content/outcomes/<opportunity-id>/``, one module per concept."""
