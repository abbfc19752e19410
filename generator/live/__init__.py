"""`digest serve` and `digest watch`: the session that keeps one pipeline and runs it after
every save (`session`), the file watcher (`watcher`), the preview HTTP server (`server`) and
the live-reload script it injects into pages (`reload.js`)."""
