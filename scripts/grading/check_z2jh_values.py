#!/usr/bin/env python3
"""Validates k8s/values.yaml against the Zero to JupyterHub chart's own values schema (issue 27).

As helm does before rendering: the chart's default values (jupyterhub/values.yaml) merged with ours (maps merge key by
key, anything else replaces), then checked against jupyterhub/values.schema.yaml (JSON Schema draft 7), both from a
checkout of https://github.com/jupyterhub/zero-to-jupyterhub-k8s (BSD 3-Clause; not kept in this repository).
It first proves it can fail: a misspelt key (singleuser.memroy) and a wrong type (singleuser.cpu.limit "two") must
be refused. Exits 1 on any failure.

Usage: .venv/bin/python scripts/grading/check_z2jh_values.py CHART_CHECKOUT [VALUES]
"""
import copy
import sys
from pathlib import Path

import jsonschema
import yaml

ROOT = Path(__file__).resolve().parents[2]


def merge(base, override):
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        elif value is None:
            out.pop(key, None)  # helm: null removes a default
        else:
            out[key] = copy.deepcopy(value)
    return out


def errors(schema, defaults, values):
    validator = jsonschema.Draft7Validator(schema)
    return [f"{'.'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
            for e in validator.iter_errors(merge(defaults, values))]


def main(argv):
    if not argv:
        sys.exit(__doc__)
    chart = Path(argv[0]) / "jupyterhub"
    values_path = Path(argv[1]) if len(argv) > 1 else ROOT / "k8s" / "values.yaml"
    missing = [str(chart / f) for f in ("values.schema.yaml", "values.yaml") if not (chart / f).is_file()]
    if missing:
        print(f"check_z2jh_values: no chart checkout here: missing {', '.join(missing)} "
              "(a checkout of https://github.com/jupyterhub/zero-to-jupyterhub-k8s)")
        sys.exit(2)
    schema = yaml.safe_load((chart / "values.schema.yaml").read_text())
    defaults = yaml.safe_load((chart / "values.yaml").read_text())
    values = yaml.safe_load(values_path.read_text())
    bad = 0
    for what, broken in [("a misspelt key", merge(values, {"singleuser": {"memroy": {"limit": "2G"}}})),
                         ("a wrong type", merge(values, {"singleuser": {"cpu": {"limit": "two"}}}))]:
        found = errors(schema, defaults, broken)
        print(f"check_z2jh_values: {what} is {'refused: ' + found[0] if found else 'NOT refused'}")
        bad += not found
    found = errors(schema, defaults, values)
    for e in found:
        print(f"check_z2jh_values: {values_path.name}: {e}")
    print(f"check_z2jh_values: {values_path} {'passes' if not found else 'fails'} the chart's schema "
          f"({chart / 'values.schema.yaml'})")
    sys.exit(1 if found or bad else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
