# Loads the documentation checks for every test, the snippets' code blocks included.
pytest_plugins = ["doctools.pytest_plugin"]
