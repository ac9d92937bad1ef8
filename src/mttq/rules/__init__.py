"""Bundled, effective-dated national rule tables.

Each table is made of the library's own rule values (grading schemes, award rules, vote
thresholds, base salaries), each carrying its legal source and the dates it is in force.
"""
