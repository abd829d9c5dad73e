"""The routes, one module per area: api, pages (welcome, help), assessment, results,
outbox, journal."""
