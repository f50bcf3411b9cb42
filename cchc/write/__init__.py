"""Writing new records: `cchc update` and `cchc measure`. Never rewrites an existing file."""
