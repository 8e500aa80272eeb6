"""``factcheck serve``: the desk's web app and its JSON API, over the library the CLI uses.

``desk.py`` holds the open index and the models (loaded once, reopened when ``index``
commits a new generation), ``jobs.py`` the batch jobs (on disk, resumable), ``app.py`` the
FastAPI application: HTML pages rendered on the server (Jinja2, everything escaped) with a
little vendored JavaScript, and the JSON API documented at /docs.
"""
