print("raises: before")
raise ValueError("module top level failed")
