"""Training the packaged models (the sentence scorer and the concept model): an
application of the pipeline, kept apart from the summarizer that only loads them."""
