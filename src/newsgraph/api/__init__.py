"""newsgraph.api: the REST API and dashboard server (`newsgraph serve`); see app.create_app."""
from newsgraph.api.app import TOKEN_ENV, create_app

__all__ = ["TOKEN_ENV", "create_app"]
