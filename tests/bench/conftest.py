"""Benchmarks are scripts, run by hand (see README "Performance"); pytest leaves them alone."""

collect_ignore_glob = ["*.py"]
