"""`digest deploy`: publish the built site to a git branch, an rsync destination, an
S3-compatible bucket or a local folder (one module per kind; `publish.py` ties them together).
"""
