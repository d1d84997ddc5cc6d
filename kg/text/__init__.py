"""Text processing: tokens and sentences, morphology, dates and numbers, per language."""
