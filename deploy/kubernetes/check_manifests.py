#!/usr/bin/env python3
"""Checks the Kubernetes manifests beyond YAML syntax (yamllint): every document names its kind and itself, and the
promises deploy/README.md makes hold: three replicas probed on /health/ready and /health/live, migrations by the
app's own command in a Job, secrets only in the example file. Usage: python3 deploy/kubernetes/check_manifests.py"""
import pathlib
import sys

import yaml

folder = pathlib.Path(__file__).parent
problems = []
documents = {}
for path in sorted(folder.glob("*.yaml")):
    for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
        if document is None:
            continue
        for field in ("apiVersion", "kind"):
            if not document.get(field):
                problems.append(f"{path.name}: a document without {field}")
        if document.get("kind") != "Kustomization" and not (document.get("metadata") or {}).get("name"):
            problems.append(f"{path.name}: a {document.get('kind')} without metadata.name")
        documents.setdefault(document.get("kind"), []).append((path.name, document))

listed = set(yaml.safe_load((folder / "kustomization.yaml").read_text())["resources"])
for path in folder.glob("*.yaml"):
    if path.name not in listed | {"kustomization.yaml", "secret.example.yaml"}:
        problems.append(f"{path.name} is not in kustomization.yaml")
if "secret.example.yaml" in listed:
    problems.append("kustomization.yaml applies the example Secret")


def containers(kind):
    for name, document in documents.get(kind, []):
        for container in document["spec"]["template"]["spec"]["containers"]:
            yield name, document, container


for name, deployment, container in containers("Deployment"):
    if deployment["spec"].get("replicas") != 3:
        problems.append(f"{name}: replicas should be 3")
    for probe, path in (("readinessProbe", "/health/ready"), ("livenessProbe", "/health/live")):
        if (container.get(probe) or {}).get("httpGet", {}).get("path") != path:
            problems.append(f"{name}: {probe} should ask {path}")
    if not any("secretRef" in source for source in container.get("envFrom", [])):
        problems.append(f"{name}: the connection string should come from a Secret")
if not any(container.get("args") == ["migrate"] for _, _, container in containers("Job")):
    problems.append("no Job runs the app's migrate command")
for name, document in documents.get("Secret", []):
    if name != "secret.example.yaml":
        problems.append(f"{name}: Secrets belong in secret.example.yaml only, as examples")
for name, document in documents.get("ConfigMap", []):
    if (document.get("data") or {}).get("Database__MigrateOnStartup") != "false":
        problems.append(f"{name}: pods must not migrate (the Job does)")

print("\n".join(problems) or f"{sum(len(d) for d in documents.values())} manifests checked: fine")
sys.exit(1 if problems else 0)
