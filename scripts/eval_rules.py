#!/usr/bin/env python3
"""Precision per rule family and per rule: which wordings make right records and which
make wrong ones. Matches predicted clauses (resolutions and recommendations pooled) to
gold with the shared scorer's own matching, so its counts agree with score.py's clauses.
A record is credited to the rule that opened it (the first id in its `rules`).

Usage: eval_rules.py --gold DIR --raw DIR --bin bin/minutes.js [--top N]
"""
import argparse, importlib.util, json, os, subprocess, sys
from collections import defaultdict

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("score", os.path.join(here, "..", "..", "shared", "tools", "score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

ap = argparse.ArgumentParser()
ap.add_argument("--gold", required=True)
ap.add_argument("--raw", required=True)
ap.add_argument("--bin", required=True)
ap.add_argument("--top", type=int, default=8)
a = ap.parse_args()

golds = []
for name in sorted(os.listdir(a.gold)):
    if name.endswith((".yaml", ".yml")):
        g = score.yaml.safe_load(open(os.path.join(a.gold, name), encoding="utf-8")) or {}
        golds.append((g, os.path.join(a.raw, g.get("file") or name.rsplit(".", 1)[0] + ".txt")))
# One process for the whole set: the list comes back in the order of the files.
res = subprocess.run(["node", a.bin, "parse", "--quiet", "--format", "json", *[raw for _, raw in golds]], capture_output=True)
docs = json.loads(res.stdout.decode("utf-8") or "[]")
docs = docs if isinstance(docs, list) else [docs]
by_file = {d["file"]: d for d in docs}

rules = defaultdict(lambda: [0, 0])  # rule -> [records, right]
missed = 0
for gold, raw in golds:
    doc = by_file.get(raw) or {}
    gp = [x for k in ("resolutions", "recommendations") for x in (gold.get(k) or [])]
    pp = [x for k in ("resolutions", "recommendations") for x in (doc.get(k) or [])]
    m = score.match(gp, pp)
    right = set(m.values())
    missed += len(gp) - len(m)
    for j, p in enumerate(pp):
        rule = (p.get("rules") or ["(none)"])[0]
        rules[rule][0] += 1
        rules[rule][1] += j in right

families = defaultdict(lambda: [0, 0])
for rule, (n, ok) in rules.items():
    f = families[rule.split(".")[0]]
    f[0] += n; f[1] += ok
print(f"{'family':10} {'records':>7} {'right':>6} {'precision':>9}")
for fam, (n, ok) in sorted(families.items(), key=lambda x: -x[1][0]):
    print(f"{fam:10} {n:7d} {ok:6d} {ok / n if n else 1:9.3f}")
print(f"{'missed':10} {missed:7d}  (gold clauses no record matched)")
worst = sorted(((n - ok, rule, n, ok) for rule, (n, ok) in rules.items() if n > ok), reverse=True)[: a.top]
if worst:
    print("rules with most wrong records: " + ", ".join(f"{rule} {n - ok}/{n}" for _, rule, n, ok in worst))
