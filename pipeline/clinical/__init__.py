"""Clinical data: the validated schema every extractor returns."""
