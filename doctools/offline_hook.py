"""MkDocs hook: the offline build (OFFLINE=true) loads its Worker shim from this site.

Material's offline plugin adds https://unpkg.com/iframe-worker/shim to the page scripts so
that search runs from file://. The site makes no request to another host, so the same
file, vendored in docs/assets/vendor/iframe-worker/, is used instead.
"""

LOCAL_SHIM = "assets/vendor/iframe-worker/shim.js"


def on_config(config):
    polyfills = config["extra"].get("polyfills", [])
    config["extra"]["polyfills"] = [LOCAL_SHIM if "iframe-worker" in url else url for url in polyfills]
    return config
