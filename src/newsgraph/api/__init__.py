"""newsgraph.api: the REST API and dashboard server (`newsgraph serve`); see app.create_app."""
from newsgraph.api.app import create_app

__all__ = ["create_app"]
