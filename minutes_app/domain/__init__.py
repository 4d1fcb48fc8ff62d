"""The domain: plain records, vocabularies and errors, free of storage and Qt."""
