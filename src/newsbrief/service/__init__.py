"""Interface: the HTTP service (FastAPI on uvicorn; needs the ``serve`` extra).

``create_app(ServiceLimits(...))`` gives the ASGI app; ``newsbrief.service.server.serve``
(what ``newsbrief serve`` calls) runs it on uvicorn with the connection timeouts of the limits.
"""

from newsbrief.config import ServiceLimits


def create_app(limits: ServiceLimits | None = None):
    """The ASGI app (imported here lazily, so that ServiceLimits needs no FastAPI)."""
    from newsbrief.service.app import create_app as _create_app

    return _create_app(limits)


__all__ = ["ServiceLimits", "create_app"]
