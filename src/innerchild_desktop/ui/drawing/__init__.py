"""Drawing inside an entry: the canvas, its dialog, and how strokes become pixels."""
