# SPDX-License-Identifier: MIT
"""Charente example: compare the rulebooks, explain one amount, run a scenario, score an evaluation.

Run with the package installed: `.venv/bin/python examples/python/charente.py`.
"""

from __future__ import annotations

from datetime import date

import ctg

dataset = ctg.builtin_dataset("charente-2021")
print(
    f"Jeu de données : {dataset.id} — {len(dataset.posts)} postes, "
    f"{dataset.total_contracted_fte} ETP"
)

# 1. The four built-in rulebooks compared at 2021-06-30, for the maximum financing
#    (expense assumed at the ceiling): on the contracted ETP, as the source document counts,
#    and on the ETP in post (the rulebooks' choice: a vacancy is not paid).
print("\nFinancement maximal au 30/06/2021 (ETP contractualisés, ETP en poste) :")
for rulebook_id in ("national-2020", "cej", "charente-2021", "loire-cej-2015"):
    rules = ctg.builtin_rulebook(rulebook_id)
    totals = [
        ctg.finance_portfolio(
            dataset, rules, date(2021, 6, 30), ctg.ExpenseBasis.at_ceiling, fte_paid
        ).total.total.to_french()
        for fte_paid in (ctg.FteBasis.contracted, ctg.FteBasis.in_post)
    ]
    print(f"  {rulebook_id:<16} {totals[0]:>14} {totals[1]:>14}")

# 2. One amount explained: the Grand Angoulême post under the Charente rulebook.
charente = ctg.builtin_rulebook("charente-2021")
portfolio_2021 = ctg.finance_portfolio(dataset, charente, 2021, ctg.ExpenseBasis.at_ceiling)
post = portfolio_2021.post("post-grand-angouleme")
print(f"\nExplication ({post.post_id}, {post.total.to_french()}) :")
assert post.result is not None
print(post.result.why.to_text())

# 3. Scenario: ceiling raised to 50,000 € per FTE from 2024-01-01.
scenario = ctg.apply_scenario(
    charente,
    "plafond-50k",
    {"coordination_ceiling_per_fte": ("50000", date(2024, 1, 1))},
)
before = ctg.finance_portfolio(dataset, charente, 2024, ctg.ExpenseBasis.at_ceiling).post(
    "post-val-de-charente"
)
after = ctg.finance_portfolio(dataset, scenario, 2024, ctg.ExpenseBasis.at_ceiling).post(
    "post-val-de-charente"
)
assert before.result is not None and after.result is not None
change = ctg.diff(before.result, after.result)
print(f"\nScénario {scenario.id} — {before.post_id} en 2024 ({before.contracted_fte} ETP) :")
print(f"  {change.from_rulebook} : {change.from_total.to_french()}")
print(f"  {change.to_rulebook} : {change.to_total.to_french()}")
print(f"  écart : {change.delta.to_french()} (80 % × 2 000 € × ETP)")
for part in change.part_deltas:
    print(f"    dont {part.label.fr} : {part.amount.to_french()}")

# 4. One evaluation of the dataset scored against its grid.
evaluation = dataset.evaluations[0]
score = ctg.score_evaluation(evaluation, ctg.builtin_grid(evaluation.grid_id))
print(f"\nÉvaluation : {score}")
