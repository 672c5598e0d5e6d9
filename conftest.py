# The examples of snippets/ as tests, with the project's rules (tests/plugins/examples.py).
pytest_plugins = ["tests.plugins.examples"]
