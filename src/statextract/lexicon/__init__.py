"""Rule vocabularies as pure data: one module per family, no matching code here."""
