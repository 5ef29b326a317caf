"""The domain in plain Python (no Qt, no ReportLab): what the pages and the command line ask."""
