"""The search pane: query box, filters, facets, results and the worker that runs searches."""
