"""The web application (`crossroads serve`): server-rendered pages and the JSON API.

Routes only parse, call the core, storage and services, and render; see app.create_app.
"""
