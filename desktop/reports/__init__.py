"""Documents and exports made from the data: PDFs, spreadsheets, calendars (imported when used)."""
