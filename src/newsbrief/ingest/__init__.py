"""Stage 1: read articles from files, folders, standard input and JSONL datasets."""

from newsbrief.ingest.datasets import BadLine, Cluster, date_from_id, read_clusters
from newsbrief.ingest.files import Loaded, articles_from_records, load_paths

__all__ = ["BadLine", "Cluster", "Loaded", "articles_from_records", "date_from_id", "load_paths", "read_clusters"]
