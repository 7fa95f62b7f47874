"""Validates an OpenAPI 3.0 document (a URL) against the OpenAPI 3.0 JSON Schema that
schemathesis ships, printing every error; exit 1 when there is one. Run with the venv's python."""
import json
import sys
import time
import urllib.request

from schemathesis.specs.openapi.definitions import OPENAPI_30_VALIDATOR


def fetch(url: str, wait_s: float = 120) -> dict:
    deadline = time.monotonic() + wait_s
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return json.load(response)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)


document = fetch(sys.argv[1])
errors = list(OPENAPI_30_VALIDATOR.iter_errors(document))
for error in errors:
    print(f"  {'/'.join(map(str, error.instance_path)) or '(document)'}: {error.message[:300]}")
print(f"{sys.argv[1]}: {'valid OpenAPI ' + document.get('openapi', '?') if not errors else f'{len(errors)} errors'}")
sys.exit(1 if errors else 0)
