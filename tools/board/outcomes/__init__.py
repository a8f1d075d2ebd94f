"""After closing: the evaluation record, the draw, the award (``content/outcomes/<id>/``)."""
