"""The upload hook: an ASGI web service that records uploads and starts pipelines."""
