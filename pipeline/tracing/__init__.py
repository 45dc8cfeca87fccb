"""OpenTelemetry for docpipe: one trace per document, PHI-free by construction.

Code in ``pipeline`` uses only the API (``spans``); the SDK and the OTLP exporter are
installed by ``setup.init_tracing`` when the standard ``OTEL_*`` variables ask for
it. Without an endpoint nothing is installed and every span is the API's no-op.
"""
