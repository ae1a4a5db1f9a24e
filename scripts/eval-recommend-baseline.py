#!/usr/bin/env python3
"""arxiv-sanity-lite's recommender on the tasks scripts/eval-recommend exported, for comparison only.

Reads FOLDER/papers.jsonl and FOLDER/tasks.jsonl (written by `arxiv-bot-bench --phase
recommend-eval`) and prints `baseline<TAB>category<TAB>seed<TAB>precision@50` per task.
The vectorizer and SVM are arxiv-sanity-lite's (compute.py and serve.py, github.com/karpathy/
arxiv-sanity-lite): TF-IDF of title, abstract and authors fitted on every paper, and a LinearSVC
with the positives +1 and all other papers -1, ranked by the decision function. Positives are
left out of the ranking, as arxiv-bot leaves tagged papers out. Needs scikit-learn (a throwaway venv).
"""
import json
import sys

import numpy as np
from sklearn import svm
from sklearn.feature_extraction.text import TfidfVectorizer

folder = sys.argv[1]
papers = [json.loads(line) for line in open(f"{folder}/papers.jsonl", encoding="utf-8")]
tasks = [json.loads(line) for line in open(f"{folder}/tasks.jsonl", encoding="utf-8")]
ids = [p["id"] for p in papers]
corpus = [" ".join([p["title"], p["abstract"], " ".join(p["authors"])]) for p in papers]
vectorizer = TfidfVectorizer(input="content", encoding="utf-8", decode_error="replace", strip_accents="unicode",
                             lowercase=True, analyzer="word", stop_words="english",
                             token_pattern=r"(?u)\b[a-zA-Z_][a-zA-Z0-9_]+\b", ngram_range=(1, 2),
                             max_features=20000, norm="l2", use_idf=True, smooth_idf=True, sublinear_tf=True,
                             max_df=0.1, min_df=5)
x = vectorizer.fit_transform(corpus).astype(np.float64)
index = {pid: i for i, pid in enumerate(ids)}
for task in tasks:
    positive = {index[pid] for pid in task["positives"]}
    y = np.zeros(len(ids))
    y[list(positive)] = 1
    clf = svm.LinearSVC(class_weight="balanced", verbose=0, max_iter=10000, tol=1e-6, C=0.01)
    clf.fit(x, y)
    scores = clf.decision_function(x)
    ranked = [i for i in np.argsort(-scores, kind="stable") if i not in positive][:50]
    hits = sum(1 for i in ranked if task["category"] in papers[i]["categories"])
    print(f"baseline\t{task['category']}\t{task['seed']}\t{hits / 50}")
